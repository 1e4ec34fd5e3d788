using System.Text;
using Smi.Docs.Diagnostics;
using Smi.Docs.Localization;
using Smi.Docs.Server.Hosting;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// XLIFF 2.0 for the translators' view: the download is <c>smi-docs locales export</c>'s file for this one template,
/// made from the draft; the upload is read by the importer of <c>smi-docs locales import</c> into the draft, checked
/// as a saved draft is, and stored as a new draft — or refused with where it is wrong, and nothing saved.
/// </summary>
internal static class XliffPage
{
    /// <summary>One template's XLIFF is tens of kilobytes; a megabyte leaves room and keeps a parser busy briefly.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>Room for the form's other fields and multipart headers on top of the file, in the request's size limit.</summary>
    public const long FormOverhead = 64 * 1024;

    private const string FileField = "xliff";

    public static async Task<IResult> DownloadAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage, string document, string taal)
    {
        if (TranslatorPage.Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var text = await TranslatorPage.CurrentTextAsync(context, session, workbench, storage, template!);
        var root = StudioTemplate.RootOf(workbench.TemplatesFolder(session.Tenant));
        try
        {
            var (xliff, _) = new XliffExporter(root).Export(taal, TranslatorText.SourceOf(root, template!), text);
            return Results.File(Encoding.UTF8.GetBytes(xliff), "application/xliff+xml", $"{document}.{taal}.xlf");
        }
        catch (SmiDocsException e)
        {
            return TranslatorPage.View(context, session, workbench, template!, text,
                Alert("De XLIFF kan niet worden gemaakt: de vertaling is niet te lezen.", error: true), e.Diagnostics, null, StatusCodes.Status422UnprocessableEntity);
        }
    }

    public static async Task<IResult> UploadAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage, string document, string taal)
    {
        if (TranslatorPage.Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var current = await TranslatorPage.CurrentTextAsync(context, session, workbench, storage, template!);
        if (!context.Request.HasFormContentType)
        {
            return Refused(context, session, workbench, template!, current, "Kies een XLIFF-bestand om te uploaden.", StatusCodes.Status400BadRequest);
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form.Files.GetFile(FileField) is not { Length: > 0 } file)
        {
            return Refused(context, session, workbench, template!, current, "Kies een XLIFF-bestand om te uploaden.", StatusCodes.Status400BadRequest);
        }
        if (file.Length > MaxBytes)
        {
            return Refused(context, session, workbench, template!, current, $"Het bestand is groter dan {MaxBytes / 1024 / 1024} MB; dat is geen XLIFF van één brief.", StatusCodes.Status413PayloadTooLarge);
        }
        string xliff;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try
            {
                xliff = await reader.ReadToEndAsync(context.RequestAborted);
            }
            catch (DecoderFallbackException)
            {
                return Refused(context, session, workbench, template!, current, "Het bestand is geen UTF-8-tekst; XLIFF is dat altijd.", StatusCodes.Status422UnprocessableEntity);
            }
        }
        var display = Path.GetFileName(file.FileName) is { Length: > 0 } name ? name : "upload.xlf";
        var root = StudioTemplate.RootOf(workbench.TemplatesFolder(session.Tenant));
        string text;
        try
        {
            text = new XliffImporter(root).Import(xliff, display, TranslatorText.SourceOf(root, template!), taal, current);
        }
        catch (SmiDocsException e)
        {
            return TranslatorPage.View(context, session, workbench, template!, current,
                Alert("De XLIFF is niet ingelezen; er is niets opgeslagen. Hieronder staat waar het bestand niet klopt.", error: true), e.Diagnostics, null, StatusCodes.Status422UnprocessableEntity);
        }
        var comment = form["opmerking"].ToString().Trim() is { Length: > 0 } given ? given : $"XLIFF {display}";
        return await TranslatorPage.StoreAsync(context, session, workbench, storage, template!, current, text, comment, "xliff", null);
    }

    private static IResult Refused(HttpContext context, StudioSession session, StudioWorkbench workbench, StudioTemplate template, string current, string message, int status) =>
        TranslatorPage.View(context, session, workbench, template, current, Alert(message, error: true), [], null, status);

    /// <summary>The page's XLIFF part: a download link and an upload form (multipart, with the anti-forgery field).</summary>
    public static string Section(HttpContext context, StudioTemplate template)
    {
        var address = Encode(StudioRoutes.Xliff(template.Document, template.Language.Code));
        return "<h2 class=\"utrecht-heading-2\">XLIFF voor vertaalprogramma’s</h2>" +
            "<p class=\"utrecht-paragraph\">Werkt u liever in een vertaalprogramma? Download deze brief als XLIFF 2.0, vertaal hem daar, en upload het bestand hier weer. De codes staan er als beschermde plaatshouders in.</p>" +
            $"<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" id=\"xliff-download\" href=\"{address}\" download>XLIFF downloaden<span class=\"studio-visually-hidden\"> ({Encode(template.Document)}, {Encode(template.Language.Endonym)})</span></a></p>" +
            $"<form id=\"xliff-form\" method=\"post\" action=\"{address}\" enctype=\"multipart/form-data\">{Token(context)}" +
            $"<div class=\"studio-form-field\"><label class=\"utrecht-form-label\" for=\"xliff-bestand\">XLIFF-bestand (.xlf, hoogstens {MaxBytes / 1024 / 1024} MB)</label>" +
            $"<input class=\"utrecht-textbox\" type=\"file\" id=\"xliff-bestand\" name=\"{FileField}\" accept=\".xlf,.xliff,application/xliff+xml\" required></div>" +
            "<div class=\"studio-form-field\"><label class=\"utrecht-form-label\" for=\"xliff-opmerking\">Wat is er veranderd?</label>" +
            "<input class=\"utrecht-textbox utrecht-textbox--html-input\" id=\"xliff-opmerking\" name=\"opmerking\" type=\"text\"></div>" +
            "<div class=\"studio-actions\"><button type=\"submit\" class=\"utrecht-button utrecht-button--secondary-action\">XLIFF uploaden</button></div></form>";
    }
}
