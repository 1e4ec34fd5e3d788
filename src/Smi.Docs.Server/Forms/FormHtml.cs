using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Smi.Docs.Documents;
using Smi.Docs.Formatting;
using Smi.Docs.Forms;
using Smi.Docs.Policy;

namespace Smi.Docs.Server.Forms;

/// <summary>
/// The form's pages as HTML, server-rendered and complete without script (docs/architecture.md §14): NL Design System
/// markup (utrecht-form-field, utrecht-textbox, utrecht-button …) styled by our own tokens, every text from the
/// definition or formulier-web.yaml in the parent's language, every value through <see cref="Encode"/>.
/// Accessibility follows the NL Design System form guidance: "Stap x van y" in the title and above the form, required
/// and optional said in words, an error summary that takes focus and links to each field, "Fout: " before the title,
/// the message at the field tied to it by aria-describedby, dates as three boxes.
/// </summary>
internal sealed class FormHtml(WebForm form, MunicipalityProfile profile, string gemeente)
{
    public WebForm Form => form;

    /// <summary>Every script as itself (Arabic, Cyrillic, Turkish letters), only HTML's own characters escaped.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    public string Web(string key, params (string Name, string Value)[] values) => form.Web.Format(key, values);

    /// <summary>A phone number, e-mail address or Dutch address inside a sentence of any language keeps its own order (Unicode isolates).</summary>
    public static string Isolate(string value) => $"\u2068{value}\u2069";

    /// <summary>A definition text with the municipality's details filled in ({gemeente.naam} …), each isolated.</summary>
    public string Text(string text) => FormText.Resolve(text, profile, form.Texts, isolate: true);

    public string Taal => form.Language.Code;

    /// <summary>A whole page. <paramref name="hasErrors"/> puts "Fout: " before the title (the summary says what).</summary>
    public IResult Page(string heading, string? step, string body, bool hasErrors, int status = StatusCodes.Status200OK, string? currentPath = null)
    {
        var language = form.Language;
        // The start page's heading is the form's title itself: named once.
        var title = string.Join(" – ", new[] { heading, step, form.Definition.Titel, "Gemeente " + profile.Gemeente.Naam }.OfType<string>().Distinct());
        var html = new StringBuilder()
            .Append($"<!DOCTYPE html>\n<html lang=\"{language.Tag}\" dir=\"{(language.Direction == TextDirection.RightToLeft ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>{(hasErrors ? Encode(Web("pagina.fout")) + ": " : "")}{Encode(title)}</title>")
            .Append($"<link rel=\"stylesheet\" href=\"{Routes.Assets}/formulier.css\">")
            .Append($"<script src=\"{Routes.Assets}/formulier.js\" defer></script>")
            .Append("</head><body class=\"utrecht-theme utrecht-document utrecht-document--surface\">")
            .Append($"<a class=\"utrecht-link utrecht-skip-link utrecht-skip-link--visible-on-focus\" href=\"#inhoud\">{Encode(Web("pagina.naarInhoud"))}</a>")
            .Append("<div class=\"formulier-pagina\"><header class=\"utrecht-page-header formulier-kop\">")
            .Append($"<p class=\"utrecht-paragraph formulier-gemeente\">Gemeente {Encode(profile.Gemeente.Naam)}</p>")
            .Append(Languages(currentPath))
            .Append("</header><main id=\"inhoud\" class=\"utrecht-page-content\">");
        if (step is not null)
        {
            html.Append($"<p class=\"utrecht-paragraph formulier-stap\">{Encode(step)}</p>");
        }
        html.Append($"<h1 class=\"utrecht-heading-1\">{Encode(heading)}</h1>").Append(body).Append("</main>")
            .Append("<footer class=\"utrecht-page-footer formulier-voet\"><ul class=\"formulier-talen\">")
            .Append($"<li><a class=\"utrecht-link\" href=\"{Encode(Routes.Page(gemeente, "privacy", Taal))}\">{Encode(Web("voet.privacy"))}</a></li>")
            .Append($"<li><a class=\"utrecht-link\" href=\"{Encode(Routes.Page(gemeente, "toegankelijkheid", Taal))}\">{Encode(Web("voet.toegankelijkheid"))}</a></li>")
            .Append("</ul></footer></div></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>The same page in each language, each link in its own language and script.</summary>
    private string Languages(string? currentPath)
    {
        var html = new StringBuilder($"<nav aria-label=\"{Encode(Web("pagina.talen"))}\"><ul class=\"formulier-talen\">");
        foreach (var language in DocumentLanguage.All)
        {
            var href = Routes.Page(gemeente, currentPath ?? "", language.Code);
            var current = language.Code == form.Language.Code ? " aria-current=\"page\"" : "";
            var direction = language.Direction == TextDirection.RightToLeft ? "rtl" : "ltr";
            html.Append($"<li><a class=\"utrecht-link\" href=\"{Encode(href)}\" lang=\"{language.Tag}\" hreflang=\"{language.Tag}\" dir=\"{direction}\"{current}>{Encode(language.Endonym)}</a></li>");
        }
        return html.Append("</ul></nav>").ToString();
    }

    public string Paragraphs(IEnumerable<string> texts) =>
        string.Concat(texts.Select(t => $"<p class=\"utrecht-paragraph\">{Encode(Text(t))}</p>"));

    public static string TokenField(string code) => $"<input type=\"hidden\" name=\"{FormSession.TokenField}\" value=\"{FormSession.Token(code)}\">";

    public static string Button(string text, string value, bool primary) =>
        $"<button type=\"submit\" name=\"actie\" value=\"{Encode(value)}\" class=\"utrecht-button utrecht-button--{(primary ? "primary" : "secondary")}-action\">{Encode(text)}</button>";

    /// <summary>The error summary: first in the page, takes focus on load (autofocus, no script), a link to each field.</summary>
    public string Summary(IEnumerable<(string Href, string Text)> errors) =>
        "<div class=\"utrecht-alert utrecht-alert--error formulier-fouten\" role=\"alert\" tabindex=\"-1\" autofocus aria-labelledby=\"fouten-kop\">" +
        $"<h2 class=\"utrecht-heading-2\" id=\"fouten-kop\">{Encode(Web("fout.samenvatting"))}</h2><ul class=\"utrecht-unordered-list\">" +
        string.Concat(errors.Select(e => $"<li><a class=\"utrecht-link\" href=\"{Encode(e.Href)}\">{Encode(e.Text)}</a></li>")) +
        "</ul></div>";

    /// <summary>What is wrong and what is expected, in the parent's language; never the answer itself.</summary>
    public string Message(AnswerProblem problem)
    {
        var field = problem.Field;
        var label = Text(field.Label);
        string Numbers(decimal n) => n.ToString("0.##", CultureInfo.InvariantCulture);
        return problem.Kind switch
        {
            AnswerProblemKind.Required or AnswerProblemKind.Pattern when field.Id == FormAnswerValidator.Lrk => Web("fout.lrk"),
            AnswerProblemKind.Required when field.Id == FormAnswerValidator.Postcode => Web("fout.postcode"),
            AnswerProblemKind.Required or AnswerProblemKind.Pattern when field.Controle is { } controle && field.Type == FieldType.Tekst =>
                Web("fout.patroon", ("controle", Text(controle)), ("vraag", label)),
            AnswerProblemKind.Required when field.Type is FieldType.Keuze or FieldType.JaNee => Web("fout.kies", ("vraag", label)),
            AnswerProblemKind.Required when field.Type is FieldType.Vinklijst or FieldType.Handtekening => Web("fout.vink", ("vraag", label)),
            AnswerProblemKind.Required or AnswerProblemKind.Pattern => Web("fout.verplicht", ("vraag", label)),
            AnswerProblemKind.Bsn => Web("fout.bsn"),
            AnswerProblemKind.Iban => Web("fout.iban"),
            AnswerProblemKind.Postcode => Web("fout.postcode"),
            AnswerProblemKind.Lrk => Web("fout.lrk"),
            AnswerProblemKind.HouseNumber => Web("fout.huisnummer"),
            AnswerProblemKind.Date => Web("fout.datum"),
            AnswerProblemKind.DateInFuture => Web("fout.geboortedatum"),
            AnswerProblemKind.DateOrder => Web("fout.volgorde"),
            AnswerProblemKind.Number or AnswerProblemKind.NumberRange when problem.Maximum is { } maximum && maximum < 9_999_999 =>
                Web("fout.getal", ("minimum", Numbers(problem.Minimum ?? 0)), ("maximum", Numbers(maximum))),
            AnswerProblemKind.Number or AnswerProblemKind.NumberRange => Web("fout.getalVanaf", ("minimum", Numbers(problem.Minimum ?? 0))),
            AnswerProblemKind.NoPartner => Web("fout.geenPartner"),
            AnswerProblemKind.FileEmpty => Web("fout.bestandLeeg", ("vraag", FileLabel(problem))),
            AnswerProblemKind.FileTooLarge => Web("fout.bestandGroot", ("megabytes", Numbers(problem.Maximum ?? 0)), ("vraag", FileLabel(problem))),
            AnswerProblemKind.FileType => Web("fout.bestandSoort", ("vraag", FileLabel(problem))),
            AnswerProblemKind.FileInfected => Web("fout.bestandVirus", ("vraag", FileLabel(problem))),
            AnswerProblemKind.FileNotScanned => Web("fout.bestandNietGecontroleerd", ("vraag", FileLabel(problem))),
            AnswerProblemKind.TooManyFiles => Web("fout.bestandenTeveel", ("aantal", Numbers(problem.Maximum ?? 0))),
            AnswerProblemKind.FilesTooLargeTogether => Web("fout.bestandenSamen", ("megabytes", Numbers(problem.Maximum ?? 0))),
            _ => Web("fout.kies", ("vraag", label)),
        };
    }

    /// <summary>The file box of one attachment of the <c>bijlagen</c> list: <c>bestand-inkomen</c>.</summary>
    public const string FilePrefix = "bestand-";

    /// <summary>The attachment a file problem is about, in the parent's language.</summary>
    private string FileLabel(AnswerProblem problem) =>
        problem.Field.Opties.FirstOrDefault(o => FilePrefix + o.Waarde == problem.Input) is { } option ? Text(option.Label) : Text(problem.Field.Label);

    /// <summary>
    /// The question as the online form asks it. On paper the <c>bijlagen</c> list is "Ik stuur mee"; online the files are
    /// attached above it, so its ticks say what the parent sends later by post or e-mail.
    /// </summary>
    public FormField Online(FormField field) =>
        field.Id == FormMissingItems.Attachments ? field with { Label = Web("bijlage.later"), Hulp = Web("bijlage.laterUitleg") } : field;

    /// <summary>The attached files of one attachment as the check page and the receipt list them: "PDF, 230 kB; JPG, 1,2 MB".</summary>
    public string Files(IEnumerable<FormAttachment> files) =>
        string.Join("; ", files.Select(f => Web("bijlage.bestand", ("type", f.Type.ToUpperInvariant()), ("grootte", Size(f.Grootte)))));

    /// <summary>Each attachment of the list with at least one file: its label and its files.</summary>
    public IEnumerable<(FormOption Option, string Files)> Attached(FormField field, FormAnswers answers) =>
        field.Opties.Where(answers.Shows)
            .Select(o => (Option: o, Files: answers.Bestanden.Where(f => f.Soort == o.Waarde).ToList()))
            .Where(x => x.Files.Count > 0)
            .Select(x => (x.Option, Files(x.Files)));

    private string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (bytes + 1023) / 1024).ToString(CultureInfo.InvariantCulture)} kB"
        : $"{form.Language.Formatter.Number(Math.Round(bytes / (1024m * 1024m), 1))} MB";

    /// <summary>
    /// One file box per attachment the parent may send (as the list's conditions allow), each with the files already
    /// attached and a button to take one away; the files go with any button of the page (no script needed).
    /// </summary>
    public string Uploads(FormField field, FormAnswers answers, IReadOnlyList<AnswerProblem> problems, decimal maxMegabytes)
    {
        var html = new StringBuilder($"<div class=\"formulier-bijlagen\" id=\"bijlagen-bestanden\"><p class=\"utrecht-paragraph\" id=\"bijlage-uitleg\">{Encode(Web("bijlage.uitleg", ("megabytes", maxMegabytes.ToString("0.##", CultureInfo.InvariantCulture))))}</p>");
        foreach (var option in field.Opties.Where(answers.Shows))
        {
            var id = FilePrefix + option.Waarde;
            var problem = problems.FirstOrDefault(p => p.AboutFile && p.Input == id);
            var files = answers.Bestanden.Where(f => f.Soort == option.Waarde).ToList();
            var described = new List<string> { "bijlage-uitleg" };
            html.Append($"<div class=\"utrecht-form-field formulier-veld{(problem is not null ? " utrecht-form-field--invalid" : "")}\">")
                .Append($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" id=\"{id}-label\" for=\"{id}\">{Encode(Text(option.Label))} <span class=\"formulier-markering\">({Encode(Web("pagina.nietVerplicht"))})</span></label></div>");
            if (problem is not null)
            {
                html.Append($"<div class=\"utrecht-form-field-error-message\" id=\"{id}-fout\"><p class=\"utrecht-paragraph\">{Encode(Message(problem))}</p></div>");
                described.Add(id + "-fout");
            }
            if (files.Count > 0)
            {
                html.Append($"<ul class=\"utrecht-unordered-list formulier-bestanden\" id=\"{id}-lijst\">");
                for (var i = 0; i < files.Count; i++)
                {
                    var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                    html.Append($"<li>{Encode(Web("bijlage.toegevoegd", ("nummer", number), ("bestand", Files([files[i]]))))} ")
                        .Append($"<button type=\"submit\" name=\"actie\" value=\"bestand-weg-{Encode(files[i].Id)}\" class=\"utrecht-button utrecht-button--secondary-action\" aria-describedby=\"{id}-label\">{Encode(Web("knop.bestandWeg", ("nummer", number)))}</button></li>");
                }
                html.Append("</ul>");
                described.Add(id + "-lijst");
            }
            html.Append($"<div class=\"utrecht-form-field__input\"><input type=\"file\" class=\"formulier-bestand\" id=\"{id}\" name=\"{id}\" accept=\".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png\" aria-describedby=\"{string.Join(' ', described)}\"{(problem is not null ? " aria-invalid=\"true\"" : "")}></div></div>");
        }
        return html.Append($"<p class=\"utrecht-paragraph\">{Button(Web("knop.bestandToevoegen"), "bestand-toevoegen", primary: false)}</p></div>").ToString();
    }

    /// <summary>Where the error summary links to for <paramref name="problem"/>: the file box, or the field's input.</summary>
    public static string Anchor(AnswerProblem problem) => problem.AboutFile ? problem.Input : Anchor(problem.Field, problem.Child);

    /// <summary>The input's name in a POST: the key itself, or per child <c>k0.kind-voornaam</c>.</summary>
    public static string Name(int? child, string key) => child is { } i ? $"k{i}.{key}" : key;

    /// <summary>The element id: the key, or per child <c>k0-kind-voornaam</c>.</summary>
    public static string Id(int? child, string key) => child is { } i ? $"k{i}-{key}" : key;

    /// <summary>Where an error links to: the input, the first box of a date, the first option of a group.</summary>
    public static string Anchor(FormField field, int? child) => field.Type switch
    {
        FieldType.Datum => Id(child, FormAnswers.DateInputs(field.Id).Day),
        FieldType.Keuze or FieldType.JaNee or FieldType.Vinklijst when field.Opties.Count > 0 => Id(child, $"{field.Id}-{field.Opties[0].Waarde}"),
        FieldType.Handtekening => Id(child, field.Id + "-ja"),
        _ => Id(child, field.Id),
    };

    /// <summary>One question with its label, help, "(verplicht)" or "(niet verplicht)", its message if any, and the answer as typed.</summary>
    public string Field(FormField field, FormAnswers answers, IReadOnlyDictionary<string, string> values, int? child, AnswerProblem? problem)
    {
        var id = Id(child, field.Id);
        var label = $"{Encode(Text(field.Label))} <span class=\"formulier-markering\">({Encode(Web(FormAnswerValidator.IsRequired(field) ? "pagina.verplicht" : "pagina.nietVerplicht"))})</span>";
        var described = new List<string>();
        var help = "";
        if (field.Hulp is { } hulp)
        {
            help = $"<div class=\"utrecht-form-field__description\" id=\"{id}-hulp\"><p class=\"utrecht-paragraph\">{Encode(Text(hulp))}</p></div>";
            described.Add(id + "-hulp");
        }
        var error = "";
        if (problem is not null)
        {
            error = $"<div class=\"utrecht-form-field-error-message\" id=\"{id}-fout\"><p class=\"utrecht-paragraph\">{Encode(Message(problem))}</p></div>";
            described.Add(id + "-fout");
        }
        var describedBy = described.Count > 0 ? $" aria-describedby=\"{string.Join(' ', described)}\"" : "";
        var invalid = problem is not null ? " aria-invalid=\"true\"" : "";
        var fieldClass = $"utrecht-form-field formulier-veld{(problem is not null ? " utrecht-form-field--invalid" : "")}";
        string Value(string key) => values.TryGetValue(key, out var v) ? v : "";

        switch (field.Type)
        {
            case FieldType.Keuze or FieldType.JaNee or FieldType.Vinklijst or FieldType.Handtekening:
            {
                var multiple = field.Type is FieldType.Vinklijst or FieldType.Handtekening;
                var options = field.Type == FieldType.Handtekening
                    ? [new FormOption("ja", Web("pagina.bevestig"), true)]
                    : field.Opties.Where(answers.Shows).ToList();
                var ticked = multiple ? FormAnswers.Ticked(values, field.Id) : [Value(field.Id)];
                var html = new StringBuilder($"<fieldset class=\"utrecht-form-fieldset formulier-veld{(problem is not null ? " utrecht-form-fieldset--invalid" : "")}\"{describedBy}>")
                    .Append($"<legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend\">{label}</legend>")
                    .Append(help).Append(error);
                foreach (var option in options)
                {
                    var optionId = Id(child, $"{field.Id}-{option.Waarde}");
                    var kind = multiple ? "checkbox" : "radio-button";
                    var check = ticked.Contains(option.Waarde) ? " checked" : "";
                    html.Append($"<div class=\"utrecht-form-field utrecht-form-field--{(multiple ? "checkbox" : "radio")}\">")
                        .Append($"<input type=\"{(multiple ? "checkbox" : "radio")}\" class=\"utrecht-{kind} utrecht-{kind}--html-input\" id=\"{optionId}\" name=\"{Name(child, field.Id)}\" value=\"{Encode(option.Waarde)}\"{check}{invalid}>")
                        .Append($"<label class=\"utrecht-form-label utrecht-form-label--{(multiple ? "checkbox" : "radio")}\" for=\"{optionId}\">{Encode(Text(option.Label))}</label></div>");
                }
                return html.Append("</fieldset>").ToString();
            }
            case FieldType.Datum:
            {
                var (day, month, year) = FormAnswers.DateInputs(field.Id);
                var html = new StringBuilder($"<fieldset class=\"utrecht-form-fieldset formulier-veld{(problem is not null ? " utrecht-form-fieldset--invalid" : "")}\"{describedBy}>")
                    .Append($"<legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend\">{label}</legend>")
                    .Append(help).Append(error).Append("<div class=\"formulier-datum\">");
                foreach (var (key, text, size) in new[] { (day, "pagina.dag", 2), (month, "pagina.maand", 2), (year, "pagina.jaar", 4) })
                {
                    html.Append($"<div class=\"utrecht-form-field formulier-datum__deel\"><label class=\"utrecht-form-label\" for=\"{Id(child, key)}\">{Encode(Web(text))}</label>")
                        .Append($"<input type=\"text\" inputmode=\"numeric\" class=\"utrecht-textbox utrecht-textbox--html-input formulier-breedte-{size}\" id=\"{Id(child, key)}\" name=\"{Name(child, key)}\" value=\"{Encode(Value(key))}\" maxlength=\"{size + 2}\"{invalid}></div>");
                }
                return html.Append("</div></fieldset>").ToString();
            }
            default:
            {
                var autocomplete = field.Autocomplete is { } token ? $" autocomplete=\"{Encode(token)}\"" : "";
                var input = field.Type == FieldType.Tekstvak
                    ? $"<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea\" id=\"{id}\" name=\"{Name(child, field.Id)}\" rows=\"4\"{describedBy}{invalid}{autocomplete}>{Encode(Value(field.Id))}</textarea>"
                    : $"<input type=\"text\" class=\"utrecht-textbox utrecht-textbox--html-input\" id=\"{id}\" name=\"{Name(child, field.Id)}\" value=\"{Encode(Value(field.Id))}\"{describedBy}{invalid}{autocomplete}" +
                      $"{(field.Type == FieldType.Getal ? " inputmode=\"decimal\"" : "")}{(field.Type == FieldType.Iban || FormAnswerValidator.BsnFields.Contains(field.Id) ? " spellcheck=\"false\"" : "")}>";
                return $"<div class=\"{fieldClass}\"><div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{label}</label></div>{help}{error}<div class=\"utrecht-form-field__input\">{input}</div></div>";
            }
        }
    }

    /// <summary>An answer as the check-your-answers page shows it: the option's words, a date as day-month-year, or "niet ingevuld".</summary>
    public string Shown(FormField field, IReadOnlyDictionary<string, string> values)
    {
        string? answer = field.Type switch
        {
            FieldType.Datum => FormAnswers.DateInputs(field.Id) is var (d, m, y)
                && AnswerFormats.Date(FormAnswers.Get(values, d), FormAnswers.Get(values, m), FormAnswers.Get(values, y)) is { } date
                ? date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : null,
            FieldType.Keuze or FieldType.JaNee => field.Opties.FirstOrDefault(o => o.Waarde == FormAnswers.Get(values, field.Id)) is { } option ? Text(option.Label) : null,
            FieldType.Vinklijst => FormAnswers.Ticked(values, field.Id) is { Count: > 0 } ticked
                ? string.Join("; ", field.Opties.Where(o => ticked.Contains(o.Waarde)).Select(o => Text(o.Label))) : null,
            FieldType.Handtekening => FormAnswers.Get(values, field.Id) == "ja" ? Web("pagina.bevestig") : null,
            _ => FormAnswers.Get(values, field.Id),
        };
        return answer ?? Web("controle.leeg");
    }
}
