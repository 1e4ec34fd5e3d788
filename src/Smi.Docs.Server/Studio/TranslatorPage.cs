using System.Text;
using Smi.Docs.Diagnostics;
using Smi.Docs.Localization;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Storage;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// <c>/studio/{document}/{taal}/vertalen</c> (issue 16 point 6): the Dutch and the translation side by side per segment,
/// Dutch lines changed since the translation was last marked updated flagged "gewijzigd", the codes as chips between
/// the fields (so the page can only change the text between them), the status, and XLIFF download and upload
/// (<see cref="XliffPage"/>). A plain form without script. Saving stores a draft like the editor's, only when the
/// checks find no errors: the pipeline's check and the one of <c>smi-docs locales status</c>.
/// </summary>
internal static class TranslatorPage
{
    public static async Task<IResult> ShowAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage, string document, string taal)
    {
        if (Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var text = await CurrentTextAsync(context, session, workbench, storage, template!);
        var query = context.Request.Query;
        var notice = query.ContainsKey("opgeslagen") ? Alert("Het concept is opgeslagen.", error: false)
            : query.ContainsKey("xliff") ? Alert("De XLIFF is ingelezen en als concept opgeslagen.", error: false)
            : "";
        return View(context, session, workbench, template!, text, notice, [], null, StatusCodes.Status200OK);
    }

    public static async Task<IResult> SaveAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage, string document, string taal)
    {
        if (Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var current = await CurrentTextAsync(context, session, workbench, storage, template!);
        var root = StudioTemplate.RootOf(workbench.TemplatesFolder(session.Tenant));
        TranslatorText translation;
        try
        {
            translation = TranslatorText.Read(root, template!, current);
        }
        catch (SmiDocsException e)
        {
            return View(context, session, workbench, template!, current, NotSaved, e.Diagnostics, form, StatusCodes.Status422UnprocessableEntity);
        }
        if (form["basis"].ToString() != translation.Fingerprint)
        {
            return View(context, session, workbench, template!, current,
                Alert("Het concept is niet opgeslagen: iemand anders heeft de tekst intussen opgeslagen. Hieronder staat de nieuwe tekst; voer uw wijziging opnieuw in.", error: true),
                [], null, StatusCodes.Status409Conflict);
        }
        var (text, problems) = translation.Apply(
            name => form.TryGetValue(name, out var value) ? value.ToString() : null,
            TranslationStatusText.Parse(form["status"].ToString()),
            form["bijgewerkt"].ToString() == "ja");
        if (text is null)
        {
            return View(context, session, workbench, template!, current, NotSaved, problems, form, StatusCodes.Status422UnprocessableEntity);
        }
        return await StoreAsync(context, session, workbench, storage, template!, current, text, form["opmerking"].ToString().Trim(), "opgeslagen", form);
    }

    private static string NotSaved => Alert("Het concept is niet opgeslagen: los eerst de fouten op.", error: true);

    /// <summary>Saves <paramref name="text"/> as a draft when the checks find no errors; otherwise shows the page again with them.</summary>
    internal static async Task<IResult> StoreAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage,
        StudioTemplate template, string current, string text, string comment, string notice, IFormCollection? posted)
    {
        var problems = Check(workbench, session.Tenant, template, text);
        if (problems.Any(d => d.Severity == Severity.Error))
        {
            return View(context, session, workbench, template, current, NotSaved, problems, posted, StatusCodes.Status422UnprocessableEntity);
        }
        await new TemplateVersionStore(storage.Database).SaveDraftAsync(session.Tenant.Id, template.Document, template.Language.Code, text, session.Account.Id, comment, context.RequestAborted);
        return Results.Redirect($"{StudioRoutes.Translator(template.Document, template.Language.Code)}?{notice}=1");
    }

    /// <summary>The editor's check (the pipeline reads the translation) and the one of <c>smi-docs locales status</c> (structure and metadata against the Dutch).</summary>
    private static IReadOnlyList<Diagnostic> Check(StudioWorkbench workbench, Tenant tenant, StudioTemplate template, string text)
    {
        var root = StudioTemplate.RootOf(workbench.TemplatesFolder(tenant));
        var report = new LocaleChecker(root).Check(template.Language.Code, TranslatorText.SourceOf(root, template), text);
        var pipeline = workbench.Check(tenant, template, text).Diagnostics;
        return [.. pipeline, .. report.Problems.Where(p => !pipeline.Contains(p))];
    }

    /// <summary>The newest draft, else the tenant's file, else a new translation that starts as the Dutch (as <c>locales import</c> starts one).</summary>
    internal static async Task<string> CurrentTextAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage, StudioTemplate template)
    {
        var draft = await new TemplateVersionStore(storage.Database).LatestDraftAsync(session.Tenant.Id, template.Document, template.Language.Code, context.RequestAborted);
        if ((draft?.Tekst ?? workbench.BaseText(session.Tenant, template)) is { } text)
        {
            return text;
        }
        var root = StudioTemplate.RootOf(workbench.TemplatesFolder(session.Tenant));
        var source = TranslatorText.SourceOf(root, template);
        var dutch = File.ReadAllBytes(LocaleSources.FullPath(root, source.SourcePath));
        return NewTranslation.From(Encoding.UTF8.GetString(dutch), source, SourceHash.Of(dutch));
    }

    /// <summary>Unknown document or language: 404. A language this account may not edit (a vertaler and Dutch or another language): 403. Dutch itself has no translators' view: 404.</summary>
    internal static IResult? Allowed(HttpContext context, StudioSession session, string document, string taal, out StudioTemplate? template)
    {
        template = StudioTemplate.Find(document, taal);
        if (template is null)
        {
            return Page(context, "Niet gevonden", Alert("Deze brief of taal bestaat niet.", error: true), session, StatusCodes.Status404NotFound);
        }
        if (!session.Account.MayEdit(taal))
        {
            return Page(context, "Geen toegang", Alert("U mag deze tekst niet aanpassen.", error: true), session, StatusCodes.Status403Forbidden);
        }
        return template.Language.IsDutch
            ? Page(context, "Niet gevonden", Alert("Het Nederlands is de brontekst; vertalen kan alleen naar een andere taal.", error: true), session, StatusCodes.Status404NotFound)
            : null;
    }

    internal static IResult View(HttpContext context, StudioSession session, StudioWorkbench workbench, StudioTemplate template, string text,
        string notice, IReadOnlyList<Diagnostic> problems, IFormCollection? posted, int status)
    {
        var title = $"{template.Document}: vertalen ({template.Language.Endonym})";
        var body = new StringBuilder(notice)
            .Append($"<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"{StudioRoutes.Root}\">Terug naar het overzicht</a> · ")
            .Append($"<a class=\"utrecht-link\" href=\"{Encode(StudioRoutes.Editor(template.Document, template.Language.Code))}\">Hele sjabloon bewerken</a></p>");
        if (problems.Count > 0)
        {
            body.Append("<h2 class=\"utrecht-heading-2\" id=\"problemen\">Controle</h2><ul class=\"utrecht-unordered-list studio-problems\">")
                .Append(string.Concat(problems.Select(d =>
                    $"<li class=\"{(d.Severity == Severity.Error ? "error" : "warning")}\">{(d.Severity == Severity.Error ? "Fout" : "Let op")} {Encode(d.ToString())}</li>")))
                .Append("</ul>");
        }
        TranslatorText translation;
        try
        {
            translation = TranslatorText.Read(StudioTemplate.RootOf(workbench.TemplatesFolder(session.Tenant)), template, text);
        }
        catch (SmiDocsException e)
        {
            body.Append(Alert("Deze vertaling kan niet per alinea worden getoond. Herstel haar eerst in de editor.", error: true))
                .Append("<ul class=\"utrecht-unordered-list studio-problems\">")
                .Append(string.Concat(e.Diagnostics.Select(d => $"<li class=\"error\">Fout {Encode(d.ToString())}</li>")))
                .Append("</ul>");
            return Page(context, title, body.ToString(), session, status);
        }
        body.Append(TranslatorHtml.Form(context, translation, posted))
            .Append(XliffPage.Section(context, template));
        return Page(context, title, body.ToString(), session, status);
    }
}
