using Smi.Docs.Server.Hosting;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// <c>/studio/{document}/{taal}/basis</c> (issue 16 point 1): the national base set is read-only; this page shows how the
/// municipality's text (its newest publication, else its own template folder) differs from the national one, in the
/// same view as "Wat verandert er?" (<see cref="LetterDiff"/>), line by line and word by word.
/// </summary>
internal static class BaseDifferencePage
{
    public static async Task<IResult> ShowAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage, string document, string taal)
    {
        if (EditorPage.Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var national = workbench.NationalText(template!);
        var own = await VersionsPage.PublishedTextAsync(workbench, storage, session.Tenant, template!, context.RequestAborted);
        var nationalLines = Lines(national);
        var ownLines = Lines(own);
        var difference = national is null ? Alert("De basisset heeft deze tekst niet.", error: false)
            : LetterDiff.Same(nationalLines, ownLines) ? "<p class=\"utrecht-paragraph\">De tekst van uw gemeente is gelijk aan de basisset.</p>"
            : "<p class=\"utrecht-paragraph\">Doorgehaald staat wat uw gemeente uit de basisset weghaalde, onderstreept wat zij toevoegde.</p>" + LetterDiff.Html(nationalLines, ownLines);
        var body = $"<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"{Encode(StudioRoutes.Editor(document, taal))}\">Terug naar de tekst</a></p>" +
            "<p class=\"utrecht-paragraph\">De basisset is de landelijke tekst. U kunt die hier alleen lezen; uw gemeente past haar eigen versie aan.</p>" + difference;
        return Page(context, $"Verschil met de basisset: {document} ({template!.Language.Endonym})", body, session);
    }

    private static IReadOnlyList<string> Lines(string? text) =>
        text is null ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => l.Trim().Length > 0).ToList();
}
