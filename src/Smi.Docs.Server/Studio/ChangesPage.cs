using System.Text;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;
using Smi.Docs.Localization;
using Smi.Docs.Pdf;
using Smi.Docs.Pipeline;
using Smi.Docs.Server.Hosting;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// <c>/studio/{document}/{taal}/wijzigingen</c> ("Wat verandert er?", issue 16 point 4): before saving or publishing, every
/// example letter of this document, in every language that follows this text (a Dutch text: all six, since translations
/// follow its structure; a translation: its own language), rendered with the published set and with the posted text,
/// and the difference (<see cref="LetterDiff"/>); the page count before and after when the service prints PDF; and which
/// translations become stale or no longer match the Dutch structure (the core's <see cref="TemplateComparer"/>).
/// </summary>
internal static class ChangesPage
{
    /// <summary>Example cases per document compared, so the page answers in seconds (each case × language is two renders, four with PDF).</summary>
    public const int MaxCases = 3;

    public static async Task<IResult> ShowAsync(
        HttpContext context, StudioSession session, StudioWorkbench workbench, PipelineCache pipelines, ChromiumHost chromium, DatabaseHost storage, string document, string taal)
    {
        if (EditorPage.Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var text = form["tekst"].ToString();
        var back = $"<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"{Encode(StudioRoutes.Editor(document, taal))}\">Terug naar de tekst</a></p>";
        var title = $"Wat verandert er? {document} ({template!.Language.Endonym})";
        if (workbench.Check(session.Tenant, template, text).Errors > 0)
        {
            return Page(context, title, Alert("De tekst heeft fouten. Los die eerst op; dan ziet u wat er verandert.", error: true) + back, session, StatusCodes.Status422UnprocessableEntity);
        }
        var ct = context.RequestAborted;
        var published = await pipelines.PublishedTextsAsync(session.Tenant, null, ct);
        var printer = await chromium.AvailableAsync() ? chromium.Printer : null;
        var body = new StringBuilder(back);
        try
        {
            var before = (await pipelines.ForAsync(session.Tenant, null, ct)).Pipeline;
            using var overlay = new TemplateOverlay(workbench.TemplatesFolder(session.Tenant), published.Where(p => p.Template != template).Append((template, text)).ToList());
            var after = printer is null ? overlay.Builder().UseHtml().Build() : overlay.Builder().UseHtml().UsePdf(printer).Build();
            var cases = workbench.Cases(document).Take(MaxCases).Cast<string?>().DefaultIfEmpty(null).ToList();
            body.Append($"<p class=\"utrecht-paragraph\">Vergeleken met de gepubliceerde tekst: {Plural(cases.Count(c => c is not null), "voorbeeldzaak", "voorbeeldzaken")} " +
                $"(hoogstens {MaxCases}), in {Plural(Following(template).Count, "taal", "talen")}. " +
                (printer is null ? "De service maakt nu geen PDF: het aantal pagina's is onbekend." : "Het aantal pagina's komt uit de PDF die de service zou sturen.") + "</p>");
            foreach (var language in Following(template))
            {
                foreach (var zaak in cases)
                {
                    body.Append(await LetterAsync(workbench, session, new StudioTemplate(document, language), zaak, before, after, printer is not null, ct));
                }
            }
        }
        catch (SmiDocsException e)
        {
            body.Append(Alert("De brieven kunnen niet worden vergeleken: " + e.Diagnostics.FirstOrDefault()?.ToString(), error: true));
        }
        body.Append(await TranslationsAsync(workbench, storage, session, template, text, ct));
        return Page(context, title, body.ToString(), session);
    }

    /// <summary>The languages whose letters this text reaches: a Dutch text all of them, a translation its own.</summary>
    private static IReadOnlyList<DocumentLanguage> Following(StudioTemplate template) => template.Language.IsDutch ? DocumentLanguage.All : [template.Language];

    private static async Task<string> LetterAsync(
        StudioWorkbench workbench, StudioSession session, StudioTemplate template, string? zaak, DocumentPipeline before, DocumentPipeline after, bool pdf, CancellationToken ct)
    {
        var heading = $"<h2 class=\"utrecht-heading-2\">{Encode(zaak ?? template.Document)} <span lang=\"{Encode(template.Language.Code)}\">({Encode(template.Language.Endonym)})</span></h2>";
        var (oldHtml, _) = await workbench.RenderWithAsync(before, session.Tenant, template, zaak, DocumentFormats.Html, ct);
        var (newHtml, problems) = await workbench.RenderWithAsync(after, session.Tenant, template, zaak, DocumentFormats.Html, ct);
        if (newHtml is null)
        {
            return heading + Alert("Deze brief kan met de nieuwe tekst niet worden gemaakt: " + problems.FirstOrDefault(d => d.Severity == Severity.Error), error: true);
        }
        var oldLines = oldHtml is null ? [] : LetterDiff.Lines(Encoding.UTF8.GetString(oldHtml));
        var newLines = LetterDiff.Lines(Encoding.UTF8.GetString(newHtml));
        var pages = "Aantal pagina's onbekend.";
        if (pdf)
        {
            var (oldPdf, _) = await workbench.RenderWithAsync(before, session.Tenant, template, zaak, DocumentFormats.Pdf, ct);
            var (newPdf, _) = await workbench.RenderWithAsync(after, session.Tenant, template, zaak, DocumentFormats.Pdf, ct);
            pages = $"Pagina's: {(oldPdf is null ? "?" : PdfPageCount.Of(oldPdf))} voor, {(newPdf is null ? "?" : PdfPageCount.Of(newPdf))} na de wijziging.";
        }
        var change = LetterDiff.Same(oldLines, newLines) ? "<p class=\"utrecht-paragraph\">Deze brief verandert niet.</p>" : LetterDiff.Html(oldLines, newLines);
        return $"<section class=\"studio-change\">{heading}<p class=\"utrecht-paragraph\">{pages}</p>{change}</section>";
    }

    /// <summary>
    /// A Dutch text: what each translation will be after it (missing, no longer the Dutch structure, stale when the Dutch
    /// changed, or as it was). A translation: whether it keeps the structure of the published Dutch.
    /// </summary>
    private static async Task<string> TranslationsAsync(StudioWorkbench workbench, DatabaseHost storage, StudioSession session, StudioTemplate template, string text, CancellationToken ct)
    {
        var dutch = template with { Language = DocumentLanguage.Dutch };
        var dutchText = template.Language.IsDutch ? text : await VersionsPage.PublishedTextAsync(workbench, storage, session.Tenant, dutch, ct);
        var publishedDutch = await VersionsPage.PublishedTextAsync(workbench, storage, session.Tenant, dutch, ct);
        if (dutchText is null)
        {
            return "";
        }
        var rows = new StringBuilder();
        foreach (var language in template.Language.IsDutch ? DocumentLanguage.All.Where(l => !l.IsDutch) : [template.Language])
        {
            var translation = template with { Language = language };
            var translationText = template.Language.IsDutch ? await VersionsPage.PublishedTextAsync(workbench, storage, session.Tenant, translation, ct) : text;
            string state;
            if (translationText is null)
            {
                state = "vertaling ontbreekt";
            }
            else
            {
                var problems = new DiagnosticBag();
                try
                {
                    TemplateComparer.Compare(TemplateText.Parse(dutchText, dutch.DisplayPath), TemplateText.Parse(translationText, translation.DisplayPath), language.Code, problems);
                }
                catch (SmiDocsException e)
                {
                    problems.AddRange(e.Diagnostics);
                }
                state = problems.HasErrors ? "past niet meer bij de opbouw van het Nederlands: " + problems.Items.First(d => d.Severity == Severity.Error)
                    : template.Language.IsDutch && text != publishedDutch ? "wordt verouderd: de vertaler neemt de wijziging over"
                    : "past bij het Nederlands";
            }
            rows.Append($"<li class=\"utrecht-unordered-list__item\"><span lang=\"{Encode(language.Code)}\">{Encode(language.Endonym)}</span>: {Encode(state)}</li>");
        }
        return $"<h2 class=\"utrecht-heading-2\">Vertalingen</h2><ul class=\"utrecht-unordered-list\" id=\"vertalingen\">{rows}</ul>";
    }

    private static string Plural(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
