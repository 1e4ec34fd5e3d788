using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Formatting;
using Smi.Docs.Forms;
using Smi.Docs.Pipeline;
using Smi.Docs.Policy;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;
using Smi.Docs.Server.Tenancy;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Forms;

/// <summary>
/// The ontvangstbevestiging of a sent application (issue 17 point 5): one self-contained print-HTML page in the parent's
/// language — title, municipality, reference number, the stored received date, every question the parent saw as a
/// label–value pair by step (children per child, the attached files by type and size, "niet ingevuld" where empty, a BSN
/// masked but its last 3 digits), what happens next and how to reach the municipality. The same page is the HTML answer and, through the service's printer
/// (ChromiumHost), the tagged PDF. Nothing here reads a clock: the date is the stored <c>ontvangen_at</c>.
/// </summary>
internal static class ApplicationReceipt
{
    /// <summary>The digits of a BSN the receipt shows; the rest is masked, enough for the parent to see which number it was.</summary>
    private const int BsnDigitsShown = 3;

    /// <summary>The page's only style, inline so the printer needs nothing else; its hash is what the form's CSP allows.</summary>
    private const string Style =
        "@page { size: A4; margin: 20mm 18mm; }\n" +
        "html { font-family: \"Noto Sans\", \"Noto Naskh Arabic\", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }\n" +
        "html:lang(ar) { font-family: \"Noto Naskh Arabic\", \"Noto Sans\", sans-serif; }\n" +
        "body { margin: 0; } main { max-width: 48rem; margin: 0 auto; }\n" +
        "h1 { font-size: 16pt; margin: 0 0 .3em; } h2 { font-size: 13pt; margin: 1.4em 0 .4em; } h3 { font-size: 11.5pt; margin: 1.1em 0 .3em; } h4 { font-size: 10.5pt; margin: .9em 0 .3em; }\n" +
        ".gemeente { font-weight: bold; margin: 0 0 1em; }\n" +
        "dl { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: .25em 1em; margin: 0; }\n" +
        "dt { font-weight: bold; } dd { margin: 0; overflow-wrap: anywhere; } dl > div { display: contents; } dl > div { break-inside: avoid; }\n" +
        ".leeg { font-style: italic; color: #555; }\n";

    /// <summary>The Content-Security-Policy the HTML answer goes out with: nothing but its own inline style.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The whole page. <paramref name="application"/> is a sent one (it has a received date).</summary>
    public static string Html(WebForm form, MunicipalityProfile profile, string gemeente, StoredApplication application)
    {
        var h = new FormHtml(form, profile, gemeente);
        var language = form.Language;
        var answers = FormAnswers.FromJson(application.Antwoorden);
        var title = h.Web("ontvangst.titel");
        var html = new StringBuilder(16 * 1024)
            .Append($"<!DOCTYPE html>\n<html lang=\"{language.Tag}\" dir=\"{(language.Direction == TextDirection.RightToLeft ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>{FormHtml.Encode($"{title} {application.Id} – Gemeente {profile.Gemeente.Naam}")}</title>")
            .Append("<style>").Append(Style).Append("</style></head><body><main>")
            .Append($"<p class=\"gemeente\">Gemeente {FormHtml.Encode(profile.Gemeente.Naam)}</p>")
            .Append($"<h1>{FormHtml.Encode(title)}</h1>")
            .Append($"<p>{FormHtml.Encode(h.Text(form.Definition.Titel))}</p>")
            .Append("<dl>")
            .Append(Row(h.Web("ontvangst.nummer"), FormHtml.Isolate(application.Id)))
            .Append(Row(h.Web("ontvangst.ontvangen"), ReceivedDate(application, language)))
            .Append("</dl>")
            .Append($"<h2>{FormHtml.Encode(h.Web("ontvangst.antwoorden"))}</h2>");
        foreach (var section in form.Steps)
        {
            html.Append($"<h3>{FormHtml.Encode(h.Text(section.Titel))}</h3>");
            if (section.Velden.FirstOrDefault(f => f.Id == FormMissingItems.Attachments) is { } files)
            {
                html.Append("<dl>").AppendJoin("", h.Attached(files, answers).Select(a => Row(h.Text(a.Option.Label), a.Files))).Append("</dl>");
            }
            Rows(FormAnswerValidator.AskedOnline(section.Velden).Where(answers.Shows), answers.Values);
            if (section.PerKind is { } repeat)
            {
                for (var child = 0; child < answers.Kinderen.Count; child++)
                {
                    html.Append($"<h4>{FormHtml.Encode(h.Web("pagina.kind", ("kop", h.Text(repeat.Kop)), ("nummer", (child + 1).ToString(CultureInfo.InvariantCulture))))}</h4>");
                    Rows(FormAnswerValidator.AskedOnline(repeat.Velden).Where(answers.Shows), answers.Kinderen[child]);
                }
            }
        }
        var g = profile.Gemeente;
        html.Append($"<h2>{FormHtml.Encode(h.Web("ontvangst.hoeVerder"))}</h2>")
            .Append($"<p>{FormHtml.Encode(h.Web("bevestiging.verder", ("weken", profile.Beleid.BeslistermijnWeken.ToString(CultureInfo.InvariantCulture))))}</p>")
            .Append(FormMissingItems.SendsLater(answers)
                ? $"<p>{FormHtml.Encode(h.Web("bevestiging.bijlagen", ("postadres", FormHtml.Isolate("Gemeente " + g.Naam + ", " + string.Join(", ", g.Postadres))), ("email", FormHtml.Isolate(g.Email))))}</p>"
                : "")
            .Append($"<p>{FormHtml.Encode(h.Web("bevestiging.contact", ("telefoon", FormHtml.Isolate(g.Telefoon)), ("email", FormHtml.Isolate(g.Email))))}</p>")
            .Append("</main></body></html>\n");
        return html.ToString();

        void Rows(IEnumerable<FormField> fields, IReadOnlyDictionary<string, string> values)
        {
            html.Append("<dl>");
            foreach (var field in fields.Select(h.Online))
            {
                var shown = h.Shown(field, values);
                var empty = shown == h.Web("controle.leeg");
                html.Append(Row(h.Text(field.Label), empty ? shown : Masked(field, shown), empty));
            }
            html.Append("</dl>");
        }
    }

    private static string Row(string label, string value, bool empty = false) =>
        $"<div><dt>{FormHtml.Encode(label)}</dt><dd{(empty ? " class=\"leeg\"" : "")}>{FormHtml.Encode(value)}</dd></div>";

    /// <summary>A BSN as "******782": the receipt may be printed, mailed or left on a table, so the whole number is not on it.</summary>
    private static string Masked(FormField field, string shown) =>
        FormAnswerValidator.BsnFields.Contains(field.Id) && shown.Length > BsnDigitsShown
            ? new string('*', shown.Length - BsnDigitsShown) + shown[^BsnDigitsShown..]
            : shown;

    /// <summary>The day it was received in the Netherlands (a parent sending at 00:30 sent it that day, not the UTC day before).</summary>
    private static string ReceivedDate(StoredApplication application, DocumentLanguage language) =>
        application.OntvangenAt is { } at
            ? language.Formatter.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(at, "Europe/Amsterdam").DateTime))
            : "";

    /// <summary>A fixed PDF date per application (its received moment), so the same receipt prints to the same bytes.</summary>
    private static DateTime PdfTimestamp(StoredApplication application) =>
        (application.OntvangenAt ?? application.CreatedAt).UtcDateTime;

    /// <summary>The receipt as HTML or, through the service's printer, as tagged PDF (503 with the printer's reason when there is none).</summary>
    public static async Task<IResult> AnswerAsync(HttpContext http, string html, StoredApplication application, bool pdf)
    {
        if (!pdf)
        {
            http.Response.Headers["Content-Security-Policy"] = ContentSecurityPolicy;
            return Results.Text(html, MediaTypes.Html + "; charset=utf-8", Encoding.UTF8);
        }
        var chromium = http.RequestServices.GetRequiredService<ChromiumHost>();
        if (!await chromium.AvailableAsync() || chromium.Printer is not { } printer)
        {
            return Problem.For(chromium.Unavailable);
        }
        using var place = http.RequestServices.GetRequiredService<PdfQueue>().TryEnter();
        if (place is null)
        {
            return PdfQueue.Full();
        }
        try
        {
            var bytes = await printer.PrintAsync(html, PdfTimestamp(application), http.RequestAborted);
            return Results.File(bytes, MediaTypes.Pdf, $"ontvangstbevestiging-{application.Id}.{DocumentFormats.Pdf}");
        }
        catch (SmiDocsException e)
        {
            return Problem.For(e.Diagnostics);
        }
    }

    /// <summary>
    /// GET /api/v1/aanvragen/{id}/ontvangstbevestiging: the receipt in the parent's language, for the municipality's file.
    /// PDF unless the caller accepts HTML (and not PDF).
    /// </summary>
    public static async Task<IResult> ForMunicipalityAsync(HttpContext context, DatabaseHost storage, TenantProfiles profiles, WebForms forms, string id)
    {
        if (await ApplicationEndpoints.FindAsync(context, storage, id) is not { } application)
        {
            return ApplicationEndpoints.NotFound();
        }
        string html;
        try
        {
            html = Html(forms.For(context.Caller().Tenant, application.Taal), profiles.For(context.Caller().Tenant), application.TenantId, application);
        }
        catch (SmiDocsException e)
        {
            return Problem.For(e.Diagnostics);
        }
        var accept = context.Request.Headers.Accept.ToString();
        var wantsHtml = accept.Contains(MediaTypes.Html, StringComparison.OrdinalIgnoreCase) && !accept.Contains(MediaTypes.Pdf, StringComparison.OrdinalIgnoreCase);
        return await AnswerAsync(context, html, application, pdf: !wantsHtml);
    }
}
