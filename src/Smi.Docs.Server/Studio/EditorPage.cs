using System.Text;
using System.Text.Json.Serialization;
using Smi.Docs.Diagnostics;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Storage;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// <c>/studio/{document}/{taal}</c>: the template text, its problems, and the letter as the parent sees it. Without
/// script it is a form (save, show the preview); studio.js turns the text into CodeMirror, underlines the problems as
/// you type (<see cref="CheckAsync"/>) and refreshes the preview. A draft is saved only without errors (warnings are
/// shown and allowed), in the database: the national base set's files are never written.
/// </summary>
internal static class EditorPage
{
    public static async Task<IResult> ShowAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage, string document, string taal)
    {
        if (Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var draft = await new TemplateVersionStore(storage.Database).LatestDraftAsync(session.Tenant.Id, document, taal, context.RequestAborted);
        var text = draft?.Tekst ?? await VersionsPage.PublishedTextAsync(workbench, storage, session.Tenant, template!, context.RequestAborted) ?? "";
        var notice = context.Request.Query.ContainsKey("opgeslagen") ? Alert("Het concept is opgeslagen. Onder Versies stelt u het voor om te publiceren.", error: false) : "";
        return Editor(context, session, workbench, template!, text, workbench.Check(session.Tenant, template!, text), notice, StatusCodes.Status200OK);
    }

    /// <summary>The checks on posted text, as JSON with line/column spans for the editor to underline.</summary>
    public static async Task<IResult> CheckAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, string document, string taal)
    {
        if (Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        CheckRequest? body;
        try
        {
            body = await context.Request.ReadFromJsonAsync<CheckRequest>(context.RequestAborted);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return Results.BadRequest(); // not JSON, or not {"tekst": "..."}: studio.js never sends that
        }
        var check = workbench.Check(session.Tenant, template!, body?.Tekst ?? "");
        return Results.Json(new CheckAnswer(check.Errors, check.Warnings, check.Diagnostics.Select(d => StudioDiagnostic.From(d, template!)).ToList()));
    }

    /// <summary>The letter rendered from the posted text, into the sandboxed preview frame, under its own strict policy.</summary>
    public static async Task<IResult> PreviewAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, string document, string taal)
    {
        if (Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (html, diagnostics) = await workbench.PreviewAsync(session.Tenant, template!, form["tekst"].ToString(), form["zaak"].ToString(), context.RequestAborted);
        context.Response.Headers["Content-Security-Policy"] = StudioSecurityHeaders.Preview;
        context.Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Results.Content(html ?? NoLetter(diagnostics), "text/html; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>The draft as the PDF the service would send (opens in a new tab), or the page that says why there is none.</summary>
    public static async Task<IResult> PdfAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, string document, string taal)
    {
        if (Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (pdf, diagnostics) = await workbench.PdfAsync(session.Tenant, template!, form["tekst"].ToString(), form["zaak"].ToString(), context.RequestAborted);
        if (pdf is not null)
        {
            return Results.File(pdf, "application/pdf", $"{template!.Document}.{template.Language.Code}.pdf");
        }
        context.Response.Headers["Content-Security-Policy"] = StudioSecurityHeaders.Preview;
        return Results.Content(NoLetter(diagnostics), "text/html; charset=utf-8", Encoding.UTF8,
            diagnostics.Any(d => d.Definition.Origin is DiagnosticOrigin.Pdf || d.Definition == ServerCodes.PdfSwitchedOff) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status422UnprocessableEntity);
    }

    private static string NoLetter(IReadOnlyList<Diagnostic> diagnostics) =>
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Geen voorbeeld</title></head><body><h1>Geen voorbeeld</h1>" +
        "<p>De brief kan nog niet worden gemaakt:</p><ul>" +
        string.Concat(diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"<li>{Encode(d.ToString())}</li>")) + "</ul></body></html>";

    public static async Task<IResult> SaveDraftAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage, string document, string taal)
    {
        if (Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var text = form["tekst"].ToString();
        var check = workbench.Check(session.Tenant, template!, text);
        if (check.Errors > 0)
        {
            return Editor(context, session, workbench, template!, text, check,
                Alert("Het concept is niet opgeslagen: los eerst de fouten op.", error: true), StatusCodes.Status422UnprocessableEntity);
        }
        await new TemplateVersionStore(storage.Database).SaveDraftAsync(session.Tenant.Id, document, taal, text, session.Account.Id,
            form["opmerking"].ToString().Trim(), context.RequestAborted);
        return Results.Redirect(StudioRoutes.Editor(document, taal) + "?opgeslagen=1");
    }

    /// <summary>An unknown document or language is 404; a language this account may not edit (a vertaler and Dutch) is 403.</summary>
    internal static IResult? Allowed(HttpContext context, StudioSession session, string document, string taal, out StudioTemplate? template)
    {
        template = StudioTemplate.Find(document, taal);
        if (template is null)
        {
            return Page(context, "Niet gevonden", Alert("Deze brief of taal bestaat niet.", error: true), session, StatusCodes.Status404NotFound);
        }
        return session.Account.MayEdit(taal)
            ? null
            : Page(context, "Geen toegang", Alert("U mag deze tekst niet aanpassen.", error: true), session, StatusCodes.Status403Forbidden);
    }

    private static IResult Editor(HttpContext context, StudioSession session, StudioWorkbench workbench, StudioTemplate template, string text, StudioCheck check, string notice, int status)
    {
        var cases = workbench.Cases(template.Document);
        var options = cases.Count == 0
            ? "<option value=\"\">Geen zaak</option>"
            : string.Concat(cases.Select(c => $"<option value=\"{Encode(c)}\">{Encode(c)}</option>"));
        var problems = string.Concat(check.Diagnostics.Select(d =>
            $"<li class=\"{(d.Severity == Severity.Error ? "error" : "warning")}\">{(d.Severity == Severity.Error ? "Fout" : "Let op")} {Encode(d.ToString())}</li>"));
        var body = new StringBuilder()
            .Append(notice)
            .Append($"<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"{StudioRoutes.Root}\">Terug naar het overzicht</a> · ")
            .Append($"<a class=\"utrecht-link\" href=\"{Encode(StudioRoutes.Versions(template.Document, template.Language.Code))}\">Versies</a> · ")
            .Append($"<a class=\"utrecht-link\" href=\"{Encode(StudioRoutes.BaseDifference(template.Document, template.Language.Code))}\">Verschil met de basisset</a></p>")
            .Append(OtherLanguages(session, template))
            .Append($"<form id=\"editor-form\" method=\"post\" action=\"{Encode(StudioRoutes.SaveDraft(template.Document, template.Language.Code))}\" data-check-url=\"{Encode(StudioRoutes.Check(template.Document, template.Language.Code))}\">")
            .Append(Token(context))
            .Append("<div class=\"studio-editor\"><div class=\"studio-code\">")
            .Append("<label class=\"utrecht-form-label\" for=\"tekst\">Sjabloon</label>")
            .Append($"<textarea class=\"utrecht-textarea\" id=\"tekst\" name=\"tekst\" spellcheck=\"false\" aria-describedby=\"problemen-samenvatting\">{Encode(text)}</textarea>")
            .Append("<h2 class=\"utrecht-heading-2\">Controle</h2>")
            .Append($"<p class=\"utrecht-paragraph\" id=\"problemen-samenvatting\" aria-live=\"polite\">{Count(check.Errors, "fout", "fouten")}, {Count(check.Warnings, "waarschuwing", "waarschuwingen")}</p>")
            .Append($"<ul class=\"utrecht-unordered-list studio-problems\" id=\"problemen-lijst\">{problems}</ul>")
            .Append("<div class=\"studio-form-field\"><label class=\"utrecht-form-label\" for=\"opmerking\">Wat is er veranderd?</label>")
            .Append("<input class=\"utrecht-textbox utrecht-textbox--html-input\" id=\"opmerking\" name=\"opmerking\" type=\"text\"></div>")
            .Append("<div class=\"studio-actions\"><button type=\"submit\" class=\"utrecht-button utrecht-button--primary-action\">Concept opslaan</button>")
            .Append($"<button id=\"wijzigingen-knop\" type=\"submit\" class=\"utrecht-button utrecht-button--secondary-action\" formaction=\"{Encode(StudioRoutes.Changes(template.Document, template.Language.Code))}\">Wat verandert er?</button></div>")
            .Append("</div><div class=\"studio-preview\">")
            .Append("<h2 class=\"utrecht-heading-2\">Voorbeeld</h2>")
            .Append("<div class=\"studio-form-field\"><label class=\"utrecht-form-label\" for=\"voorbeeld-zaak\">Voorbeeldzaak</label>")
            .Append($"<select class=\"utrecht-select utrecht-select--html-select\" id=\"voorbeeld-zaak\" name=\"zaak\">{options}</select></div>")
            .Append($"<div class=\"studio-actions\"><button id=\"voorbeeld-knop\" type=\"submit\" class=\"utrecht-button utrecht-button--secondary-action\" formaction=\"{Encode(StudioRoutes.Preview(template.Document, template.Language.Code))}\" formtarget=\"voorbeeld\">Voorbeeld tonen</button>" +
                $"<button type=\"submit\" class=\"utrecht-button utrecht-button--secondary-action\" formaction=\"{Encode(StudioRoutes.Pdf(template.Document, template.Language.Code))}\" formtarget=\"_blank\">PDF maken</button></div>")
            .Append("<iframe name=\"voorbeeld\" id=\"voorbeeld\" title=\"Voorbeeld van de brief\" sandbox=\"\" src=\"about:blank\"></iframe>")
            .Append("</div></div></form>");
        return Page(context, $"{template.Document} ({template.Language.Endonym})", body.ToString(), session, status, script: true);
    }

    /// <summary>The same letter in the other languages this account may edit: the language of the preview is the template's.</summary>
    private static string OtherLanguages(StudioSession session, StudioTemplate template)
    {
        var links = Formatting.DocumentLanguage.All
            .Where(l => l != template.Language && session.Account.MayEdit(l.Code))
            .Select(l => $"<li class=\"utrecht-unordered-list__item\"><a class=\"utrecht-link\" lang=\"{Encode(l.Code)}\" href=\"{Encode(StudioRoutes.Editor(template.Document, l.Code))}\">{Encode(l.Endonym)}</a></li>")
            .ToList();
        return links.Count == 0 ? "" : $"<nav aria-label=\"Andere talen\"><p class=\"utrecht-paragraph\">Deze brief in een andere taal:</p><ul class=\"utrecht-unordered-list\">{string.Concat(links)}</ul></nav>";
    }

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    internal sealed record CheckRequest([property: JsonPropertyName("tekst")] string? Tekst);

    internal sealed record CheckAnswer(
        [property: JsonPropertyName("errors")] int Errors,
        [property: JsonPropertyName("warnings")] int Warnings,
        [property: JsonPropertyName("diagnostics")] IReadOnlyList<StudioDiagnostic> Diagnostics);
}
