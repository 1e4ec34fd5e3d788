using System.Globalization;
using System.Text;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;
using Smi.Docs.Localization;
using Smi.Docs.PlainLanguage;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Storage;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// <c>/studio</c>: every document × language of the tenant with its state — the B1 check's errors and warnings on the Dutch text
/// (what <c>smi-docs lint templates</c> reports), a translation's state (what <c>smi-docs locales status</c> reports) and
/// the published text (the municipality's own from a date, or the base set's) and the newest draft. Both checks are the core's own, run on the tenant's template set.
/// </summary>
internal static class OverviewPage
{
    public static async Task<IResult> ShowAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage)
    {
        var drafts = (await new TemplateVersionStore(storage.Database).DraftsAsync(session.Tenant.Id, context.RequestAborted))
            .GroupBy(d => (d.Document, d.Taal)).ToDictionary(g => g.Key, g => g.First());
        // Per template the publications by the date they apply from: the newest says what letters decided from then get.
        var published = (await new TemplateVersionStore(storage.Database).PublishedAsync(session.Tenant.Id, context.RequestAborted))
            .GroupBy(v => (v.Document, v.Taal)).ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.ValidFrom).ThenByDescending(v => v.ApprovedAt).First());
        var root = StudioTemplate.RootOf(workbench.TemplatesFolder(session.Tenant));
        var locales = new LocaleChecker(root);
        var sources = LocaleSources.Discover(root).Where(s => s.IsTemplate).ToDictionary(s => s.SourcePath, StringComparer.Ordinal);
        var rows = new StringBuilder();
        foreach (var document in StudioTemplate.Documents)
        {
            foreach (var language in DocumentLanguage.All)
            {
                var template = new StudioTemplate(document, language);
                drafts.TryGetValue((document, language.Code), out var draft);
                var dutch = new StudioTemplate(document, DocumentLanguage.Dutch);
                var state = language.IsDutch
                    ? PlainLanguage(draft?.Tekst ?? workbench.BaseText(session.Tenant, template), template.DisplayPath)
                    : sources.TryGetValue(dutch.DisplayPath, out var source) ? Translation(locales.Check(language.Code, source).State) : "–";
                var action = session.Account.MayEdit(language.Code)
                    ? $"<a class=\"utrecht-link\" href=\"{Encode(StudioRoutes.Editor(document, language.Code))}\">Bewerken<span class=\"studio-visually-hidden\"> {Encode(document)}, {Encode(language.Endonym)}</span></a>"
                    : "Alleen lezen";
                if (session.Account.MayEdit(language.Code) && !language.IsDutch)
                {
                    action += $" · <a class=\"utrecht-link\" href=\"{Encode(StudioRoutes.Translator(document, language.Code))}\">Vertalen<span class=\"studio-visually-hidden\"> {Encode(document)}, {Encode(language.Endonym)}</span></a>";
                }
                var draftText = draft is null ? "–" : $"concept van {draft.CreatedAt.UtcDateTime.ToString("d MMMM yyyy HH:mm", CultureInfo.GetCultureInfo("nl-NL"))} UTC";
                var publishedText = published.TryGetValue((document, language.Code), out var publication) && publication.ValidFrom is { } from
                    ? $"eigen tekst, geldt vanaf {from.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"))}"
                    : "tekst van de basisset";
                rows.Append($"<tr class=\"utrecht-table__row\"><th scope=\"row\" class=\"utrecht-table__header-cell\">{Encode(document)}</th>")
                    .Append($"<td class=\"utrecht-table__cell\" lang=\"{Encode(language.Code)}\">{Encode(language.Endonym)}</td>")
                    .Append($"<td class=\"utrecht-table__cell\">{Encode(state)}</td>")
                    .Append($"<td class=\"utrecht-table__cell\">{Encode(publishedText)}</td>")
                    .Append($"<td class=\"utrecht-table__cell\">{Encode(draftText)}</td>")
                    .Append($"<td class=\"utrecht-table__cell\">{action}</td></tr>");
            }
        }
        var body = "<p class=\"utrecht-paragraph\">Alle brieven in alle talen. Bij het Nederlands staat wat de taalcheck (B1) vindt: fouten en adviezen. Bij een vertaling staat of die bij het Nederlands past.</p>" +
            "<table class=\"utrecht-table\"><caption class=\"utrecht-table__caption\">Brieven en talen</caption><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">" +
            "<th scope=\"col\" class=\"utrecht-table__header-cell\">Brief</th><th scope=\"col\" class=\"utrecht-table__header-cell\">Taal</th>" +
            "<th scope=\"col\" class=\"utrecht-table__header-cell\">Stand</th><th scope=\"col\" class=\"utrecht-table__header-cell\">Gepubliceerd</th>" +
            "<th scope=\"col\" class=\"utrecht-table__header-cell\">Concept</th>" +
            "<th scope=\"col\" class=\"utrecht-table__header-cell\">Actie</th></tr></thead>" +
            $"<tbody class=\"utrecht-table__body\">{rows}</tbody></table>";
        return Page(context, "Overzicht", body, session);
    }

    private static string PlainLanguage(string? text, string displayPath)
    {
        if (text is null)
        {
            return "ontbreekt";
        }
        try
        {
            var report = PlainLanguageChecker.Default.Check(text, displayPath);
            var errors = report.Errors == 0 ? "" : report.Errors == 1 ? "1 fout, " : $"{report.Errors} fouten, ";
            var advice = report.Warnings switch { 0 => "geen adviezen", 1 => "1 advies", _ => $"{report.Warnings} adviezen" };
            return $"taalcheck: {errors}{advice}";
        }
        catch (SmiDocsException)
        {
            return "taalcheck: kan de tekst niet lezen";
        }
    }

    private static string Translation(FileState state) => state switch
    {
        FileState.Missing => "vertaling ontbreekt",
        FileState.Mismatch => "vertaling past niet bij het Nederlands",
        FileState.Stale => "vertaling verouderd",
        _ => "vertaling bijgewerkt",
    };
}
