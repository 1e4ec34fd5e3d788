using System.Text;
using Smi.Docs.Cases;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;
using Smi.Docs.Pipeline;
using Smi.Docs.Server.Tenancy;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// What the editor asks of the core: check a template text (the pipeline's own template check, and the B1 check that
/// <c>smi-docs lint</c> runs) and render it with an example case and the tenant's profile, as HTML. Nothing here checks
/// or renders on its own: both go through a <see cref="TemplateOverlay"/> and the one pipeline.
/// </summary>
internal sealed class StudioWorkbench(ServerSettings settings, StudioSettings studio, TenantProfiles profiles, Hosting.ChromiumHost chromium)
{
    public string TemplatesFolder(Tenant tenant) => tenant.TemplatesPath ?? settings.Templates;

    /// <summary>The text in the tenant's template set (the national base set unless it has its own); null when the file is not there.</summary>
    public string? BaseText(Tenant tenant, StudioTemplate template)
    {
        var path = template.PathIn(StudioTemplate.RootOf(TemplatesFolder(tenant)));
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>The text in the national base set (the service's own template folder), which the studio never changes; null when it lacks the file.</summary>
    public string? NationalText(StudioTemplate template)
    {
        var path = template.PathIn(StudioTemplate.RootOf(settings.Templates));
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public StudioCheck Check(Tenant tenant, StudioTemplate template, string text)
    {
        var diagnostics = new List<Diagnostic>();
        using (var overlay = new TemplateOverlay(TemplatesFolder(tenant), template, text))
        {
            try
            {
                var pipeline = overlay.BuildPipeline();
                if (!template.Language.IsDutch)
                {
                    // A translation is read and checked on first use; asking what it lacks is that first use.
                    pipeline.Composer.MissingTranslation(template.Document, template.Language.Code);
                }
            }
            catch (SmiDocsException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }
        if (template.Language.IsDutch)
        {
            try
            {
                diagnostics.AddRange(PlainLanguageChecker.Default.Check(text, template.DisplayPath).Diagnostics);
            }
            catch (SmiDocsException e)
            {
                diagnostics.AddRange(e.Diagnostics.Where(d => !diagnostics.Contains(d)));
            }
        }
        return new StudioCheck(diagnostics.Distinct().ToList());
    }

    /// <summary>The letter as the parent sees it, in HTML; or the errors that stopped it.</summary>
    public async Task<(string? Html, IReadOnlyList<Diagnostic> Diagnostics)> PreviewAsync(Tenant tenant, StudioTemplate template, string text, string? caseName, CancellationToken cancellationToken)
    {
        var (file, diagnostics) = await RenderAsync(tenant, template, text, caseName, DocumentFormats.Html, null, cancellationToken);
        return (file is null ? null : Encoding.UTF8.GetString(file), diagnostics);
    }

    /// <summary>The letter as the PDF the service would send, printed by the service's Chromium; or the errors that stopped it.</summary>
    public async Task<(byte[]? Pdf, IReadOnlyList<Diagnostic> Diagnostics)> PdfAsync(Tenant tenant, StudioTemplate template, string text, string? caseName, CancellationToken cancellationToken)
    {
        if (!await chromium.AvailableAsync() || chromium.Printer is not { } printer)
        {
            return (null, chromium.Unavailable);
        }
        return await RenderAsync(tenant, template, text, caseName, DocumentFormats.Pdf, printer, cancellationToken);
    }

    private async Task<(byte[]? File, IReadOnlyList<Diagnostic> Diagnostics)> RenderAsync(
        Tenant tenant, StudioTemplate template, string text, string? caseName, string format, Pdf.IPdfPrinter? printer, CancellationToken cancellationToken)
    {
        using var overlay = new TemplateOverlay(TemplatesFolder(tenant), template, text);
        try
        {
            return await RenderWithAsync(overlay.BuildPipeline(printer), tenant, template, caseName, format, cancellationToken);
        }
        catch (SmiDocsException e)
        {
            return (null, e.Diagnostics);
        }
    }

    /// <summary>One letter from a given pipeline: the template's document and language, an example case (by name) and the tenant's profile.</summary>
    public async Task<(byte[]? File, IReadOnlyList<Diagnostic> Diagnostics)> RenderWithAsync(
        DocumentPipeline pipeline, Tenant tenant, StudioTemplate template, string? caseName, string format, CancellationToken cancellationToken)
    {
        try
        {
            var zaak = CasePath(template.Document, caseName) is { } path ? CaseReader.Load(path, Path.GetFileName(path)) : null;
            var result = await pipeline.RenderAsync(
                new DocumentRequest(zaak, profiles.For(tenant), template.Document, template.Language) { Formats = [format] }, cancellationToken);
            return result.Succeeded ? (result.Files[0].Content, result.Diagnostics) : (null, result.Diagnostics);
        }
        catch (SmiDocsException e)
        {
            return (null, e.Diagnostics);
        }
    }

    /// <summary>The example cases of this document (examples/cases/&lt;document&gt;-*.json), by name without .json.</summary>
    public IReadOnlyList<string> Cases(string document)
    {
        if (!Directory.Exists(studio.Cases))
        {
            return [];
        }
        return Directory.EnumerateFiles(studio.Cases, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => DocumentOf(name) == document)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A case name from the form is only used when it is one of the listed files, so no path is built from input.</summary>
    private string? CasePath(string document, string? caseName) =>
        caseName is not null && Cases(document).Contains(caseName, StringComparer.Ordinal) ? Path.Combine(studio.Cases, caseName + ".json") : null;

    /// <summary>The document a case is an example of: the longest document id its name starts with (aanvraagformulier-verlenging before aanvraagformulier).</summary>
    private static string? DocumentOf(string caseName) =>
        StudioTemplate.Documents.Where(d => caseName.StartsWith(d + "-", StringComparison.Ordinal)).MaxBy(d => d.Length);
}
