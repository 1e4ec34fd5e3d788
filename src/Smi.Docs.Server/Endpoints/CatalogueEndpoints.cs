using System.Text;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Html;
using Smi.Docs.Pipeline;
using Smi.Docs.Policy.Basislijn;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;
using Smi.Docs.Server.Tenancy;

namespace Smi.Docs.Server.Endpoints;

/// <summary>
/// What a tenant can read: the documents it can make, a form as data (for its own form builder), its profile and the
/// profile's check against the basislijn. Each answer comes from the caller's own templates and profile.
/// </summary>
internal static class CatalogueEndpoints
{
    /// <summary>The basislijn report has no date of its own; a fixed PDF date keeps the same profile giving the same bytes (as <c>smi-docs beleid toets</c>).</summary>
    private static readonly DateTime BasislijnPdfTijdstempel = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IResult Documents(HttpContext context, PipelineCache pipelines) => Guarded(() =>
    {
        var pipeline = pipelines.For(context.Caller().Tenant.TemplatesPath).Pipeline;
        return ApiJson.Of(DocumentDefinitions.All.Select(d => new
        {
            id = d.Id,
            soort = d switch { LetterDefinition => "brief", PrintedFormDefinition => "formulier", _ => "publiekstekst" },
            zaak = d switch { LetterDefinition => "verplicht", PrintedFormDefinition => "optioneel", _ => "geen" },
            talen = pipeline.Composer.Languages.Order(StringComparer.Ordinal),
            formaten = pipeline.Formats.Select(MediaTypes.Of),
        }));
    });

    public static IResult Form(string id, HttpContext context, PipelineCache pipelines) => Guarded(() =>
    {
        var forms = pipelines.For(context.Caller().Tenant.TemplatesPath).Pipeline.Composer.Forms;
        return forms.Contains(id)
            ? ApiJson.Of(forms.Get(id))
            : Problem.For(StatusCodes.Status404NotFound, [Diagnostic.Error(ServerCodes.NotFound,
                $"this form is unknown; available: {string.Join(", ", DocumentDefinitions.FormIds)}", new SourceLocation("{id}"))]);
    });

    public static IResult Profile(HttpContext context, TenantProfiles profiles) => Guarded(() => ApiJson.Of(profiles.For(context.Caller().Tenant)));

    /// <summary>JSON by default; <c>Accept: text/html</c> or <c>application/pdf</c> gives the report for the council.</summary>
    public static async Task<IResult> BasislijnAsync(HttpContext context, TenantProfiles profiles, ChromiumHost chromium, PdfQueue pdfQueue)
    {
        BasislijnRapport rapport;
        try
        {
            rapport = BasislijnToets.Toets(profiles.For(context.Caller().Tenant));
        }
        catch (SmiDocsException e)
        {
            return Problem.For(e.Diagnostics);
        }
        var accept = context.Request.Headers.Accept.ToString();
        if (accept.Contains(MediaTypes.Html, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Text(BasislijnHtmlRenderer.Render(rapport), MediaTypes.Html + "; charset=utf-8", Encoding.UTF8);
        }
        if (!accept.Contains(MediaTypes.Pdf, StringComparison.OrdinalIgnoreCase))
        {
            return ApiJson.Of(rapport);
        }
        if (!await chromium.AvailableAsync() || chromium.Printer is not { } printer)
        {
            return Problem.For(chromium.Unavailable);
        }
        using var place = pdfQueue.TryEnter();
        if (place is null)
        {
            return PdfQueue.Full();
        }
        try
        {
            var pdf = await printer.PrintAsync(BasislijnHtmlRenderer.Render(rapport), BasislijnPdfTijdstempel, context.RequestAborted);
            return Results.File(pdf, MediaTypes.Pdf, $"basislijn.{DocumentFormats.Pdf}");
        }
        catch (SmiDocsException e)
        {
            return Problem.For(e.Diagnostics);
        }
    }

    /// <summary>A tenant's broken profile or templates are the operator's to fix: their diagnostics, with the status they call for.</summary>
    private static IResult Guarded(Func<IResult> answer)
    {
        try
        {
            return answer();
        }
        catch (SmiDocsException e)
        {
            return Problem.For(e.Diagnostics);
        }
    }
}
