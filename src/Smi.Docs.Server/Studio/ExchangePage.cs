using System.IO.Compression;
using System.Text;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Storage;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// <c>/studio/uitwisselen</c> (issue 16 point 7), for a beheerder: the municipality's set as it applies now (its folder
/// with its newest publications laid over it) as a zip with the layout of <c>templates/</c> and <c>locales/</c>, so it
/// can live in git like the base set; and a zip in that layout read back as drafts, each checked as the editor checks
/// it (a text with errors is reported, not saved). Only the paths of known templates are read from a zip, so no path is
/// ever built from what was uploaded.
/// </summary>
internal static class ExchangePage
{
    /// <summary>A template is a few kilobytes; a larger entry is not a template.</summary>
    private const int MaxEntryBytes = 512 * 1024;

    public static IResult Show(HttpContext context, StudioSession session) =>
        Allowed(context, session) ?? Form(context, session, "", StatusCodes.Status200OK);

    public static async Task<IResult> ExportAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, PipelineCache pipelines)
    {
        if (Allowed(context, session) is { } refusal)
        {
            return refusal;
        }
        var published = await pipelines.PublishedTextsAsync(session.Tenant, null, context.RequestAborted);
        using var overlay = new TemplateOverlay(workbench.TemplatesFolder(session.Tenant), published);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, overlay.TemplatesFolder, "templates");
            Add(archive, overlay.LocalesFolder, "locales");
        }
        return Results.File(zip.ToArray(), "application/zip", $"sjablonen-{session.Tenant.Id}.zip");
    }

    public static async Task<IResult> ImportAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage)
    {
        if (Allowed(context, session) is { } refusal)
        {
            return refusal;
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form.Files["zip"] is not { Length: > 0 } upload)
        {
            return Form(context, session, Alert("Kies een zip-bestand.", error: true), StatusCodes.Status422UnprocessableEntity);
        }
        var known = StudioTemplate.Documents.SelectMany(d => DocumentLanguage.All.Select(l => new StudioTemplate(d, l))).ToDictionary(t => t.DisplayPath, StringComparer.Ordinal);
        var results = new StringBuilder();
        try
        {
            await using var stream = upload.OpenReadStream();
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
            foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (!known.TryGetValue(entry.FullName.Replace('\\', '/'), out var template) || entry.Length > MaxEntryBytes)
                {
                    continue;
                }
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = await reader.ReadToEndAsync(context.RequestAborted);
                results.Append(await ImportOneAsync(context, session, workbench, storage, template, text));
            }
        }
        catch (InvalidDataException)
        {
            return Form(context, session, Alert("Dit is geen zip-bestand.", error: true), StatusCodes.Status422UnprocessableEntity);
        }
        var notice = results.Length == 0
            ? Alert("De zip heeft geen sjablonen in de indeling van templates/ en locales/.", error: true)
            : $"<h2 class=\"utrecht-heading-2\">Resultaat</h2><ul class=\"utrecht-unordered-list\" id=\"import-resultaat\">{results}</ul>";
        return Form(context, session, notice, StatusCodes.Status200OK);
    }

    private static async Task<string> ImportOneAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage, StudioTemplate template, string text)
    {
        string outcome;
        if (text == await VersionsPage.PublishedTextAsync(workbench, storage, session.Tenant, template, context.RequestAborted))
        {
            outcome = "gelijk aan de tekst die nu geldt; niets opgeslagen";
        }
        else if (workbench.Check(session.Tenant, template, text).Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } error)
        {
            outcome = "niet opgeslagen, de controle vindt een fout: " + error;
        }
        else
        {
            await new TemplateVersionStore(storage.Database).SaveDraftAsync(session.Tenant.Id, template.Document, template.Language.Code, text, session.Account.Id,
                "ingelezen uit een zip", context.RequestAborted);
            outcome = "opgeslagen als concept";
        }
        return $"<li class=\"utrecht-unordered-list__item\"><a class=\"utrecht-link\" href=\"{Encode(StudioRoutes.Versions(template.Document, template.Language.Code))}\">{Encode(template.DisplayPath)}</a>: {Encode(outcome)}</li>";
    }

    private static void Add(ZipArchive archive, string folder, string name)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            archive.CreateEntryFromFile(file, name + "/" + Path.GetRelativePath(folder, file).Replace('\\', '/'));
        }
    }

    private static IResult? Allowed(HttpContext context, StudioSession session) =>
        session.Account.Rol == StudioRole.Beheerder ? null
            : Page(context, "Geen toegang", Alert("Alleen een beheerder haalt de sjablonen op of leest ze in.", error: true), session, StatusCodes.Status403Forbidden);

    private static IResult Form(HttpContext context, StudioSession session, string notice, int status) => Page(context, "Sjablonen uitwisselen", notice +
        "<p class=\"utrecht-paragraph\">De sjablonen van uw gemeente zoals ze nu gelden, als zip met dezelfde mappen als templates/ en locales/ in git.</p>" +
        $"<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"{StudioRoutes.Export}\">Sjablonen ophalen (zip)</a></p>" +
        "<h2 class=\"utrecht-heading-2\">Sjablonen inlezen</h2>" +
        "<p class=\"utrecht-paragraph\">Elke tekst in de zip die anders is, wordt gecontroleerd en als concept opgeslagen. Publiceren gaat daarna zoals altijd.</p>" +
        $"<form method=\"post\" action=\"{StudioRoutes.Exchange}\" enctype=\"multipart/form-data\">{Token(context)}" +
        "<div class=\"studio-form-field\"><label class=\"utrecht-form-label\" for=\"zip\">Zip-bestand</label>" +
        "<input class=\"utrecht-textbox utrecht-textbox--html-input\" id=\"zip\" name=\"zip\" type=\"file\" accept=\".zip,application/zip\" required></div>" +
        "<button type=\"submit\" class=\"utrecht-button utrecht-button--primary-action\">Inlezen</button></form>", session, status);
}
