using System.Text;
using Smi.Docs.Forms;
using Smi.Docs.Policy;
using Smi.Docs.Server.Attachments;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Tenancy;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Forms;

/// <summary>
/// The pages of the online application form: start (begin, or continue with a code), one page per step, check your
/// answers, send, confirmation. Plain HTML forms with POST-redirect-GET; a page with errors is answered at once with every
/// answer as typed. Each step's POST saves the draft, whatever its errors, so nothing typed is lost.
/// </summary>
internal static class FormPages
{
    private const int MaxChildren = 10;
    private const int MaxAnswerLength = 4000;

    /// <summary>The most files one application keeps (a few per attachment: a payslip of two pages photographed twice).</summary>
    private const int MaxFiles = 20;

    private sealed record Context(Tenant Tenant, MunicipalityProfile Profile, FormHtml Html, ApplicationStore Store, AttachmentSettings Attachments)
    {
        public WebForm Form => Html.Form;
        public string Taal => Html.Taal;
        public string Gemeente => Tenant.Id;
    }

    private static async Task<Context?> ContextAsync(HttpContext http, string gemeente, string? taal)
    {
        var storage = http.RequestServices.GetRequiredService<DatabaseHost>();
        if (await storage.Tenants.FindAsync(gemeente, http.RequestAborted) is not { } tenant)
        {
            return null;
        }
        var profile = http.RequestServices.GetRequiredService<TenantProfiles>().For(tenant);
        var form = http.RequestServices.GetRequiredService<WebForms>().For(tenant, taal);
        return new Context(tenant, profile, new FormHtml(form, profile, tenant.Id), new ApplicationStore(storage.Database), http.RequestServices.GetRequiredService<AttachmentSettings>());
    }

    private static IResult Unknown(HttpContext http) =>
        Results.Content("<!DOCTYPE html>\n<html lang=\"nl-NL\"><head><meta charset=\"utf-8\"><title>Fout: formulier niet gevonden</title></head><body><main><h1>" +
            FormHtml.Encode(http.RequestServices.GetRequiredService<WebForms>().For("nl").Web["fout.onbekend"]) + "</h1></main></body></html>",
            "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);

    private static string StepText(Context c, int step) =>
        c.Html.Web("pagina.stap", ("stap", step.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("stappen", (c.Form.Steps.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static async Task<IResult> StartAsync(HttpContext http, string gemeente, string? taal)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Unknown(http);
        }
        return Start(c, codeError: false);
    }

    private static IResult Start(Context c, bool codeError)
    {
        var h = c.Html;
        var body = new StringBuilder();
        if (codeError)
        {
            body.Append(h.Summary([("#code", h.Web("start.codeFout"))]));
        }
        // The definition's first paragraph says what SMI is; the second is for paper (block capitals, the * of a required
        // question), which the web form says in its own way ("verplicht" at each question).
        body.Append(h.Paragraphs(c.Form.Definition.Inleiding.Take(1)))
            .Append($"<p class=\"utrecht-paragraph\">{FormHtml.Encode(h.Web("start.uitleg", ("stappen", (c.Form.Steps.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))))}</p>")
            .Append($"<form method=\"post\" action=\"{FormHtml.Encode(Routes.Page(c.Gemeente, "beginnen", c.Taal))}\">")
            .Append(FormHtml.Button(h.Web("knop.beginnen"), "beginnen", primary: true)).Append("</form>")
            .Append($"<h2 class=\"utrecht-heading-2\">{FormHtml.Encode(h.Web("start.verderKop"))}</h2>")
            .Append($"<form method=\"post\" action=\"{FormHtml.Encode(Routes.Page(c.Gemeente, "verder", c.Taal))}\">")
            .Append($"<div class=\"utrecht-form-field formulier-veld{(codeError ? " utrecht-form-field--invalid" : "")}\"><div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"code\">{FormHtml.Encode(h.Web("start.code"))}</label></div>")
            .Append($"<div class=\"utrecht-form-field__description\" id=\"code-hulp\"><p class=\"utrecht-paragraph\">{FormHtml.Encode(h.Web("start.verderUitleg"))}</p></div>")
            .Append(codeError ? $"<div class=\"utrecht-form-field-error-message\" id=\"code-fout\"><p class=\"utrecht-paragraph\">{FormHtml.Encode(h.Web("start.codeFout"))}</p></div>" : "")
            .Append($"<div class=\"utrecht-form-field__input\"><input type=\"text\" class=\"utrecht-textbox utrecht-textbox--html-input\" id=\"code\" name=\"code\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"code-hulp{(codeError ? " code-fout" : "")}\"{(codeError ? " aria-invalid=\"true\"" : "")}></div></div>")
            .Append(FormHtml.Button(h.Web("knop.verder"), "verder", primary: false)).Append("</form>");
        if (c.Form.TextSection("hulp") is { } help)
        {
            body.Append($"<h2 class=\"utrecht-heading-2\">{FormHtml.Encode(h.Text(help.Titel))}</h2>").Append(h.Paragraphs(help.Uitleg));
        }
        return h.Page(h.Text(c.Form.Definition.Titel), null, body.ToString(), codeError);
    }

    public static async Task<IResult> BeginAsync(HttpContext http, string gemeente, string? taal)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Unknown(http);
        }
        var code = FormSession.NewCode();
        var answers = new FormAnswers();
        answers.Kinderen.Add(new Dictionary<string, string>(StringComparer.Ordinal));
        await c.Store.CreateAsync(c.Gemeente, FormSession.NewId(), code, c.Taal, answers.ToJson(), DateTimeOffset.UtcNow, http.RequestAborted);
        FormSession.Keep(http, c.Gemeente, code);
        return Results.Redirect(Routes.Step(c.Gemeente, 1, c.Taal));
    }

    public static async Task<IResult> ResumeAsync(HttpContext http, string gemeente, string? taal)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Unknown(http);
        }
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var code = form["code"].ToString().Trim();
        if (code.Length is 0 or > 40 || await c.Store.FindByCodeAsync(c.Gemeente, code, http.RequestAborted) is not { Status: ApplicationStore.Draft })
        {
            return Start(c, codeError: true);
        }
        FormSession.Keep(http, c.Gemeente, FormSession.Normal(code));
        return Results.Redirect(Routes.Step(c.Gemeente, 1, c.Taal));
    }

    private static async Task<(StoredApplication Draft, string Code)?> DraftAsync(HttpContext http, Context c)
    {
        return FormSession.Code(http) is { } code && await c.Store.FindByCodeAsync(c.Gemeente, code, http.RequestAborted) is { Status: ApplicationStore.Draft } draft
            ? (draft, code)
            : null;
    }

    public static async Task<IResult> StepAsync(HttpContext http, string gemeente, int step, string? taal)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Unknown(http);
        }
        if (await DraftAsync(http, c) is not { } session)
        {
            return Results.Redirect(Routes.Page(c.Gemeente, "", c.Taal));
        }
        if (step < 1 || step > c.Form.Steps.Count)
        {
            return Results.Redirect(Routes.Step(c.Gemeente, 1, c.Taal));
        }
        return StepPage(c, step, FormAnswers.FromJson(session.Draft.Antwoorden), session.Code, []);
    }

    private static IResult StepPage(Context c, int step, FormAnswers answers, string code, IReadOnlyList<AnswerProblem> problems)
    {
        var h = c.Html;
        var section = c.Form.Steps[step - 1];
        var body = new StringBuilder();
        if (problems.Count > 0)
        {
            body.Append(h.Summary(problems.Select(p => ("#" + FormHtml.Anchor(p), Prefix(c, section, p) + h.Message(p)))));
        }
        var files = AttachmentField(section);
        body.Append(h.Paragraphs(FormVariants.OnlineExplanation(section)))
            .Append($"<form method=\"post\" action=\"{FormHtml.Encode(Routes.Step(c.Gemeente, step, c.Taal))}\" novalidate{(files is not null ? " enctype=\"multipart/form-data\"" : "")}")
            // Not on the attachments page: a save there could cross a post with files and write the list without them.
            .Append(files is null ? $" data-bewaren=\"{FormHtml.Encode(Routes.Page(c.Gemeente, $"stap/{step}/bewaren", c.Taal))}\">" : ">")
            .Append(FormHtml.TokenField(code))
            // The first submit button is what Enter presses: "next", not "remove a child".
            .Append($"<button type=\"submit\" name=\"actie\" value=\"volgende\" hidden tabindex=\"-1\" aria-hidden=\"true\"></button>");
        foreach (var field in FormAnswerValidator.AskedOnline(section.Velden).Where(answers.Shows))
        {
            if (field == files)
            {
                body.Append(h.Uploads(field, answers, problems, c.Attachments.MaxMegabytes));
            }
            body.Append(h.Field(h.Online(field), answers, answers.Values, null, problems.FirstOrDefault(p => p.Field == field && p.Child is null && !p.AboutFile)));
        }
        if (section.PerKind is { } repeat)
        {
            body.Append($"<input type=\"hidden\" name=\"kinderen\" value=\"{answers.Kinderen.Count}\">");
            for (var child = 0; child < answers.Kinderen.Count; child++)
            {
                var number = (child + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                body.Append($"<section class=\"formulier-kind\" aria-labelledby=\"k{child}-kop\"><h2 class=\"utrecht-heading-2\" id=\"k{child}-kop\">{FormHtml.Encode(h.Web("pagina.kind", ("kop", h.Text(repeat.Kop)), ("nummer", number)))}</h2>");
                foreach (var field in FormAnswerValidator.AskedOnline(repeat.Velden).Where(answers.Shows))
                {
                    body.Append(h.Field(field, answers, answers.Kinderen[child], child, problems.FirstOrDefault(p => p.Field == field && p.Child == child)));
                }
                if (answers.Kinderen.Count > 1)
                {
                    body.Append(FormHtml.Button(h.Web("knop.kindWeg", ("nummer", number)), $"kind-weg-{child}", primary: false));
                }
                body.Append("</section>");
            }
            if (answers.Kinderen.Count < MaxChildren)
            {
                body.Append($"<p class=\"utrecht-paragraph\">{FormHtml.Button(h.Web("knop.kindErbij"), "kind-erbij", primary: false)}</p>");
            }
        }
        body.Append("<div class=\"formulier-knoppen\">")
            .Append(FormHtml.Button(h.Web("knop.volgende"), "volgende", primary: true))
            .Append(FormHtml.Button(h.Web("knop.vorige"), "vorige", primary: false))
            .Append("</div></form>")
            .Append($"<p class=\"utrecht-paragraph formulier-bewaard\" id=\"bewaard\" role=\"status\" data-tekst=\"{FormHtml.Encode(h.Web("pagina.bewaard"))}\"></p>")
            .Append($"<p class=\"utrecht-paragraph formulier-code\">{FormHtml.Encode(h.Web("code.uitleg", ("code", code)))}</p>");
        return h.Page(h.Text(section.Titel), StepText(c, step), body.ToString(), problems.Count > 0, currentPath: $"stap/{step}");
    }

    /// <summary>
    /// Autosave (formulier.js, when the browser runs script): the step's answers as they are, saved as the draft without
    /// checking them or moving on — a half-typed IBAN is kept as typed, like a page sent back with errors. 204, or 400 for
    /// a POST without the draft's token; files only go with the page's own buttons.
    /// </summary>
    public static async Task<IResult> AutosaveAsync(HttpContext http, string gemeente, int step, string? taal)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Results.NotFound();
        }
        if (await DraftAsync(http, c) is not { } session || step < 1 || step > c.Form.Steps.Count || !http.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!FormSession.TokenMatches(form, session.Code) || form.Files.Count > 0)
        {
            return Results.BadRequest();
        }
        var answers = Merge(c.Form.Steps[step - 1], FormAnswers.FromJson(session.Draft.Antwoorden), form);
        return await c.Store.SaveDraftAsync(c.Gemeente, session.Draft.Id, c.Taal, answers.ToJson(), DateTimeOffset.UtcNow, http.RequestAborted)
            ? Results.NoContent()
            : Results.BadRequest();
    }

    /// <summary>The step's list of attachments (<c>bijlagen</c>), whose page takes files; null on every other step.</summary>
    private static FormField? AttachmentField(FormSection section) => section.Velden.FirstOrDefault(f => f.Id == FormMissingItems.Attachments);

    /// <summary>In the summary, a per-child message says which child ("Kind 2: …").</summary>
    private static string Prefix(Context c, FormSection section, AnswerProblem problem) =>
        problem.Child is { } child && section.PerKind is { } repeat
            ? c.Html.Web("pagina.kind", ("kop", c.Html.Text(repeat.Kop)), ("nummer", (child + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))) + ": "
            : "";

    public static async Task<IResult> SaveStepAsync(HttpContext http, string gemeente, int step, string? taal)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Unknown(http);
        }
        if (await DraftAsync(http, c) is not { } session || step < 1 || step > c.Form.Steps.Count)
        {
            return Results.Redirect(Routes.Page(c.Gemeente, "", c.Taal));
        }
        var section = c.Form.Steps[step - 1];
        var before = FormAnswers.FromJson(session.Draft.Antwoorden);
        var files = AttachmentField(section);
        IFormCollection form;
        try
        {
            if (files is not null)
            {
                LimitBody(http, c, files, before);
            }
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (files is not null && e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            // More than the page can take at once: nothing of this post was read or kept, and which box held the large
            // file is unknown, so the message is for the files together and links to the list of boxes.
            return StepPage(c, step, before, session.Code, [new AnswerProblem(files, null, "bijlagen-bestanden", AnswerProblemKind.FilesTooLargeTogether,
                Maximum: c.Attachments.MaxMegabytes)]);
        }
        if (!FormSession.TokenMatches(form, session.Code))
        {
            return c.Html.Page(c.Html.Web("fout.verlopen"), null, "", hasErrors: true, StatusCodes.Status400BadRequest);
        }
        var answers = Merge(section, before, form);
        var action = form["actie"].ToString();
        var fileProblems = files is null ? [] : await TakeFilesAsync(http, c, files, answers, form);
        FormAttachment? removedFile = null;
        if (action.StartsWith("bestand-weg-", StringComparison.Ordinal) && answers.Bestanden.FirstOrDefault(f => f.Id == action["bestand-weg-".Length..]) is { } taken)
        {
            answers.Bestanden.Remove(taken);
            removedFile = taken;
        }
        if (action == "kind-erbij" && answers.Kinderen.Count < MaxChildren)
        {
            answers.Kinderen.Add(new Dictionary<string, string>(StringComparer.Ordinal));
        }
        else if (action.StartsWith("kind-weg-", StringComparison.Ordinal) && int.TryParse(action["kind-weg-".Length..], out var removed)
            && removed >= 0 && removed < answers.Kinderen.Count && answers.Kinderen.Count > 1)
        {
            answers.Kinderen.RemoveAt(removed);
        }
        if (await c.Store.SaveDraftAsync(c.Gemeente, session.Draft.Id, c.Taal, answers.ToJson(), DateTimeOffset.UtcNow, http.RequestAborted) && removedFile is not null)
        {
            // Deleted once the draft no longer lists it: the other order could leave a draft pointing at nothing.
            http.RequestServices.GetRequiredService<AttachmentStore>().Delete(c.Gemeente, removedFile);
        }
        if (fileProblems.Count > 0)
        {
            return StepPage(c, step, answers, session.Code, fileProblems);
        }
        switch (action)
        {
            case "bestand-toevoegen":
            case var removeFile when removeFile.StartsWith("bestand-weg-", StringComparison.Ordinal):
                return Results.Redirect(Routes.Step(c.Gemeente, step, c.Taal) + "#bijlagen-bestanden");
            case "kind-erbij":
                return Results.Redirect(Routes.Step(c.Gemeente, step, c.Taal) + $"#k{answers.Kinderen.Count - 1}-kop");
            case var remove when remove.StartsWith("kind-weg-", StringComparison.Ordinal):
                return Results.Redirect(Routes.Step(c.Gemeente, step, c.Taal));
            case "vorige":
                return Results.Redirect(step == 1 ? Routes.Page(c.Gemeente, "", c.Taal) : Routes.Step(c.Gemeente, step - 1, c.Taal));
        }
        // An answer that opens questions on this page (a partner: then the partner's name) shows them before going on,
        // unless they were answered in the same post.
        if (FormAnswerValidator.AskedOnline(section.Velden).Any(f => answers.Shows(f) && !before.Shows(f) && !Posted(f, form, null)))
        {
            return Results.Redirect(Routes.Step(c.Gemeente, step, c.Taal));
        }
        var problems = FormAnswerValidator.Check(section, answers, c.Profile, Today());
        if (problems.Count > 0)
        {
            return StepPage(c, step, answers, session.Code, problems);
        }
        return Results.Redirect(step == c.Form.Steps.Count ? Routes.Page(c.Gemeente, "controle", c.Taal) : Routes.Step(c.Gemeente, step + 1, c.Taal));
    }

    /// <summary>
    /// The post of the attachments page may carry one file per box: that many times the file limit, and a megabyte for the
    /// answers. A larger post is stopped while it arrives (Kestrel's 413), before anything is written to disk.
    /// </summary>
    private static void LimitBody(HttpContext http, Context c, FormField files, FormAnswers answers)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = c.Attachments.MaxBytes * files.Opties.Count(answers.Shows) + 1024 * 1024;
        }
    }

    /// <summary>
    /// Each file posted in a box of the attachments page, through the intake (type by content, size, virus scan): a file
    /// taken is listed in the answers as the box's attachment; a file refused is a problem at its box, and nothing of it
    /// is kept. An empty box (no file chosen) is no problem.
    /// </summary>
    private static async Task<List<AnswerProblem>> TakeFilesAsync(HttpContext http, Context c, FormField files, FormAnswers answers, IFormCollection form)
    {
        var intake = http.RequestServices.GetRequiredService<AttachmentIntake>();
        var problems = new List<AnswerProblem>();
        foreach (var option in files.Opties.Where(answers.Shows))
        {
            var box = FormHtml.FilePrefix + option.Waarde;
            foreach (var file in form.Files.GetFiles(box).Where(f => f.Length > 0 || f.FileName.Length > 0))
            {
                AnswerProblemKind? refusal = null;
                if (answers.Bestanden.Count >= MaxFiles)
                {
                    problems.Add(new AnswerProblem(files, null, box, AnswerProblemKind.TooManyFiles, Maximum: MaxFiles));
                    continue;
                }
                if (file.Length > c.Attachments.MaxBytes)
                {
                    refusal = AnswerProblemKind.FileTooLarge;
                }
                else
                {
                    var content = new byte[file.Length];
                    await using (var stream = file.OpenReadStream())
                    {
                        await stream.ReadExactlyAsync(content, http.RequestAborted);
                    }
                    var result = await intake.TakeAsync(c.Gemeente, content, http.RequestAborted, scanRequired: c.Profile.Formulier.Virusscan);
                    if (result.Stored is { } stored)
                    {
                        answers.Bestanden.Add(stored.As(option.Waarde));
                    }
                    refusal = result.Refusal switch
                    {
                        null => null,
                        AttachmentRefusal.Empty => AnswerProblemKind.FileEmpty,
                        AttachmentRefusal.TooLarge => AnswerProblemKind.FileTooLarge,
                        AttachmentRefusal.NotAllowedType => AnswerProblemKind.FileType,
                        AttachmentRefusal.Infected => AnswerProblemKind.FileInfected,
                        _ => AnswerProblemKind.FileNotScanned,
                    };
                }
                if (refusal is { } kind)
                {
                    problems.Add(new AnswerProblem(files, null, box, kind, Maximum: c.Attachments.MaxMegabytes));
                }
            }
        }
        return problems;
    }

    /// <summary>The day the form is filled in, in the Netherlands (a birth "in the future" is judged by Dutch dates).</summary>
    private static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTimeOffset.UtcNow, "Europe/Amsterdam").DateTime);

    /// <summary>
    /// The posted answers of one step over the stored ones: the fields the page showed, and those the new answers open
    /// when they were posted too (a question hidden by its condition keeps its earlier answer); each cut at 4000
    /// characters and, when valid, in its normal form.
    /// </summary>
    private static FormAnswers Merge(FormSection section, FormAnswers before, IFormCollection form)
    {
        var answers = FormAnswers.FromJson(before.ToJson());
        TakeAll(section, answers, form, before.Shows);
        TakeAll(section, answers, form, field => !before.Shows(field) && answers.Shows(field) && Posted(field, form, null));
        return answers;
    }

    private static void TakeAll(FormSection section, FormAnswers answers, IFormCollection form, Func<FormField, bool> which)
    {
        foreach (var field in FormAnswerValidator.AskedOnline(section.Velden).Where(which))
        {
            Take(field, answers.Values, form, null);
        }
        if (section.PerKind is { } repeat)
        {
            var count = int.TryParse(form["kinderen"], out var posted) ? Math.Clamp(posted, 1, MaxChildren) : answers.Kinderen.Count;
            while (answers.Kinderen.Count < count)
            {
                answers.Kinderen.Add(new Dictionary<string, string>(StringComparer.Ordinal));
            }
            answers.Kinderen.RemoveRange(count, answers.Kinderen.Count - count);
            for (var child = 0; child < count; child++)
            {
                foreach (var field in FormAnswerValidator.AskedOnline(repeat.Velden).Where(which))
                {
                    Take(field, answers.Kinderen[child], form, child);
                }
            }
        }
    }

    /// <summary>True when the page posted an input of the field (a date: any of its boxes).</summary>
    private static bool Posted(FormField field, IFormCollection form, int? child) => field.Type == FieldType.Datum
        ? FormAnswers.DateInputs(field.Id) is var (d, m, y) && new[] { d, m, y }.Any(k => form.ContainsKey(FormHtml.Name(child, k)))
        : form.ContainsKey(FormHtml.Name(child, field.Id));

    private static void Take(FormField field, Dictionary<string, string> values, IFormCollection form, int? child)
    {
        string Posted(string key) => string.Join(',', form[FormHtml.Name(child, key)].Select(v => v ?? "")) is var text && text.Length > MaxAnswerLength ? text[..MaxAnswerLength] : text;
        if (field.Type == FieldType.Datum)
        {
            var (day, month, year) = FormAnswers.DateInputs(field.Id);
            foreach (var key in new[] { day, month, year })
            {
                values[key] = Posted(key).Trim();
            }
            return;
        }
        var value = Posted(field.Id).Trim();
        values[field.Id] = value.Length == 0 ? "" : FormAnswerValidator.Normalise(field, value);
    }

    public static async Task<IResult> ReviewAsync(HttpContext http, string gemeente, string? taal)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Unknown(http);
        }
        if (await DraftAsync(http, c) is not { } session)
        {
            return Results.Redirect(Routes.Page(c.Gemeente, "", c.Taal));
        }
        return ReviewPage(c, FormAnswers.FromJson(session.Draft.Antwoorden), session.Code, []);
    }

    private static IResult ReviewPage(Context c, FormAnswers answers, string code, IReadOnlyList<AnswerProblem> problems)
    {
        var h = c.Html;
        var body = new StringBuilder();
        int StepOf(FormField field) => c.Form.Steps.Select((s, i) => (s, i)).First(x => x.s.AllFields.Contains(field)).i + 1;
        if (problems.Count > 0)
        {
            body.Append(h.Summary(problems.Select(p => (Routes.Step(c.Gemeente, StepOf(p.Field), c.Taal) + "#" + FormHtml.Anchor(p),
                Prefix(c, c.Form.Steps[StepOf(p.Field) - 1], p) + h.Message(p)))));
        }
        body.Append($"<p class=\"utrecht-paragraph\">{FormHtml.Encode(h.Web("controle.uitleg"))}</p>");
        for (var step = 1; step <= c.Form.Steps.Count; step++)
        {
            var section = c.Form.Steps[step - 1];
            body.Append($"<h2 class=\"utrecht-heading-2\">{FormHtml.Encode(h.Text(section.Titel))}</h2>");
            if (AttachmentField(section) is { } files)
            {
                body.Append("<dl class=\"utrecht-data-list formulier-antwoorden\">");
                foreach (var (option, shown) in h.Attached(files, answers))
                {
                    Row(h.Text(option.Label), shown, Routes.Step(c.Gemeente, step, c.Taal) + "#" + FormHtml.FilePrefix + option.Waarde);
                }
                body.Append("</dl>");
            }
            Rows(FormAnswerValidator.AskedOnline(section.Velden).Where(answers.Shows), answers.Values, null);
            if (section.PerKind is { } repeat)
            {
                for (var child = 0; child < answers.Kinderen.Count; child++)
                {
                    body.Append($"<h3 class=\"utrecht-heading-3\">{FormHtml.Encode(h.Web("pagina.kind", ("kop", h.Text(repeat.Kop)), ("nummer", (child + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))))}</h3>");
                    Rows(FormAnswerValidator.AskedOnline(repeat.Velden).Where(answers.Shows), answers.Kinderen[child], child);
                }
            }

            void Rows(IEnumerable<FormField> fields, IReadOnlyDictionary<string, string> values, int? child)
            {
                body.Append("<dl class=\"utrecht-data-list formulier-antwoorden\">");
                foreach (var field in fields.Select(h.Online))
                {
                    Row(h.Text(field.Label), h.Shown(field, values), Routes.Step(c.Gemeente, step, c.Taal) + "#" + FormHtml.Anchor(field, child));
                }
                body.Append("</dl>");
            }

            void Row(string label, string shown, string href) =>
                body.Append("<div class=\"utrecht-data-list__item\">")
                    .Append($"<dt class=\"utrecht-data-list__item-key\">{FormHtml.Encode(label)}</dt>")
                    .Append($"<dd class=\"utrecht-data-list__item-value\">{FormHtml.Encode(shown)}</dd>")
                    .Append($"<dd class=\"utrecht-data-list__actions\"><a class=\"utrecht-link\" href=\"{FormHtml.Encode(href)}\">{FormHtml.Encode(h.Web("controle.wijzigen", ("vraag", label)))}</a></dd>")
                    .Append("</div>");
        }
        body.Append($"<form method=\"post\" action=\"{FormHtml.Encode(Routes.Page(c.Gemeente, "versturen", c.Taal))}\">")
            .Append(FormHtml.TokenField(code))
            .Append("<div class=\"formulier-knoppen\">")
            .Append(FormHtml.Button(h.Web("knop.versturen"), "versturen", primary: true))
            .Append("</div></form>");
        var steps = c.Form.Steps.Count + 1;
        return h.Page(h.Web("controle.titel"), StepText(c, steps), body.ToString(), problems.Count > 0, currentPath: "controle");
    }

    public static async Task<IResult> SendAsync(HttpContext http, string gemeente, string? taal)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Unknown(http);
        }
        if (await DraftAsync(http, c) is not { } session)
        {
            return Results.Redirect(Routes.Page(c.Gemeente, "", c.Taal));
        }
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!FormSession.TokenMatches(form, session.Code))
        {
            return c.Html.Page(c.Html.Web("fout.verlopen"), null, "", hasErrors: true, StatusCodes.Status400BadRequest);
        }
        var answers = FormAnswers.FromJson(session.Draft.Antwoorden);
        var today = Today();
        var problems = FormAnswerValidator.CheckAll(c.Form.Steps, answers, c.Profile, today);
        if (problems.Count > 0)
        {
            return ReviewPage(c, answers, session.Code, problems);
        }
        // The date of signing is the day it is sent; the form does not ask it (FormAnswerValidator.NotAskedOnline).
        var (day, month, year) = FormAnswers.DateInputs("ondertekening-datum");
        answers.Values[day] = today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        answers.Values[month] = today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        answers.Values[year] = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var zaak = FormCase.From(answers, c.Profile, session.Draft.Id, today);
        if (await c.Store.SendAsync(c.Gemeente, session.Draft.Id, answers.ToJson(), zaak.ToJsonString(), DateTimeOffset.UtcNow, http.RequestAborted))
        {
            await ApplicationWebhook.NotifyAsync(http, c.Gemeente, session.Draft.Id);
        }
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Smi.Docs.Server.Forms")
            .LogInformation("Application {Id} sent for {Tenant} in {Language}", session.Draft.Id, c.Gemeente, c.Taal);
        return Results.Redirect(Routes.Page(c.Gemeente, "verzonden", c.Taal));
    }

    public static async Task<IResult> SentAsync(HttpContext http, string gemeente, string? taal)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Unknown(http);
        }
        if (await SentApplicationAsync(http, c) is not { } sent)
        {
            return Results.Redirect(Routes.Page(c.Gemeente, "", c.Taal));
        }
        var h = c.Html;
        var g = c.Profile.Gemeente;
        var body = new StringBuilder()
            .Append($"<div class=\"utrecht-alert utrecht-alert--ok\" role=\"status\"><p class=\"utrecht-paragraph\"><strong>{FormHtml.Encode(h.Web("bevestiging.nummer", ("nummer", sent.Id)))}</strong></p></div>")
            .Append($"<p class=\"utrecht-paragraph\">{FormHtml.Encode(h.Web("bevestiging.verder", ("weken", c.Profile.Beleid.BeslistermijnWeken.ToString(System.Globalization.CultureInfo.InvariantCulture))))}</p>")
            .Append(FormMissingItems.SendsLater(FormAnswers.FromJson(sent.Antwoorden))
                ? $"<p class=\"utrecht-paragraph\">{FormHtml.Encode(h.Web("bevestiging.bijlagen", ("postadres", "Gemeente " + g.Naam + ", " + string.Join(", ", g.Postadres)), ("email", g.Email)))}</p>"
                : "")
            .Append($"<p class=\"utrecht-paragraph\">{FormHtml.Encode(h.Web("bevestiging.contact", ("telefoon", FormHtml.Isolate(g.Telefoon)), ("email", FormHtml.Isolate(g.Email))))}</p>")
            .Append($"<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"{FormHtml.Encode(Routes.Page(c.Gemeente, "ontvangstbevestiging", c.Taal))}\" download>{FormHtml.Encode(h.Web("ontvangst.download"))}</a></p>");
        return h.Page(h.Web("bevestiging.titel"), null, body.ToString(), hasErrors: false, currentPath: "verzonden");
    }

    /// <summary>The application this browser sent: the same cookie as while filling it in, its code no longer resuming anything.</summary>
    private static async Task<StoredApplication?> SentApplicationAsync(HttpContext http, Context c) =>
        FormSession.Code(http) is { } code && await c.Store.FindByCodeAsync(c.Gemeente, code, http.RequestAborted) is { } sent && sent.Status != ApplicationStore.Draft
            ? sent
            : null;

    /// <summary>
    /// The ontvangstbevestiging of the application this browser sent, in the page's language: PDF when the service has a
    /// printer, else (or with <c>formaat=html</c>) the same page as HTML, so a parent always gets it.
    /// </summary>
    public static async Task<IResult> ReceiptAsync(HttpContext http, string gemeente, string? taal, string? formaat)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Unknown(http);
        }
        if (await SentApplicationAsync(http, c) is not { } sent)
        {
            return Results.Redirect(Routes.Page(c.Gemeente, "", c.Taal));
        }
        var chromium = http.RequestServices.GetRequiredService<ChromiumHost>();
        var pdf = formaat != "html" && chromium.Printer is not null && await chromium.AvailableAsync();
        return await ApplicationReceipt.AnswerAsync(http, ApplicationReceipt.Html(c.Form, c.Profile, c.Gemeente, sent), sent, pdf);
    }

    /// <summary>
    /// The privacy statement: the definition's own section (purpose, legal basis, sharing, keeping, rights; the same text
    /// as on paper) and what the online form adds (drafts kept from the first step, the BSN dropped once taken, attachments
/// kept with the application and deleted with it).
    /// </summary>
    public static async Task<IResult> PrivacyAsync(HttpContext http, string gemeente, string? taal)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Unknown(http);
        }
        var h = c.Html;
        var section = c.Form.TextSection("privacy");
        var body = (section is null ? "" : h.Paragraphs(section.Uitleg))
            + $"<p class=\"utrecht-paragraph\">{FormHtml.Encode(h.Web("privacy.online"))}</p><p class=\"utrecht-paragraph\">{FormHtml.Encode(h.Web("privacy.bestanden"))}</p>";
        return h.Page(section is null ? h.Web("voet.privacy") : h.Text(section.Titel), null, body, hasErrors: false, currentPath: "privacy");
    }

    /// <summary>The accessibility statement: the standard the form is built to, how it is tested, and whom to call when it fails someone.</summary>
    public static async Task<IResult> AccessibilityAsync(HttpContext http, string gemeente, string? taal)
    {
        if (await ContextAsync(http, gemeente, taal) is not { } c)
        {
            return Unknown(http);
        }
        var h = c.Html;
        var body = string.Concat(new[] { h.Web("toegankelijkheid.eisen"), h.Web("toegankelijkheid.getest"),
                h.Web("toegankelijkheid.hulp", ("telefoon", FormHtml.Isolate(c.Profile.Gemeente.Telefoon)), ("email", FormHtml.Isolate(c.Profile.Gemeente.Email))) }
            .Select(t => $"<p class=\"utrecht-paragraph\">{FormHtml.Encode(t)}</p>"));
        return h.Page(h.Web("toegankelijkheid.titel"), null, body, hasErrors: false, currentPath: "toegankelijkheid");
    }
}
