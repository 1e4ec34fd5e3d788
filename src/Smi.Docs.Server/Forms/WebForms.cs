using System.Collections.Concurrent;
using Smi.Docs.Formatting;
using Smi.Docs.Forms;

namespace Smi.Docs.Server.Forms;

/// <summary>The application form in one language: its definition, the fixed texts of its language and the web form's own words.</summary>
/// <param name="Texts">templates/teksten.yaml or its translation (yes/no, who is paid), for the definition's placeholders.</param>
/// <param name="Web">templates/formulier-web.yaml or its translation: buttons, steps, errors.</param>
internal sealed record WebForm(DocumentLanguage Language, FormDefinition Definition, FixedTexts Texts, FixedTexts Web)
{
    /// <summary>The steps: every section that asks something online, in the definition's order (text-only sections are not steps).</summary>
    public IReadOnlyList<FormSection> Steps { get; } = FormVariants.Sections(Definition, FormVariant.Aanvraag)
        .Where(s => FormAnswerValidator.AskedOnline(s.AllFields).Any()).ToList();

    /// <summary>The text-only sections (where to send it, help, privacy), shown around the steps.</summary>
    public FormSection? TextSection(string id) => Definition.Secties.FirstOrDefault(s => s.Id == id && !s.AllFields.Any());
}

/// <summary>
/// The application form (<c>templates/aanvraagformulier/aanvraagformulier.form.yaml</c>) and the web form's texts in every
/// language with a translation, read from the shipped templates and <c>locales/</c> next to them once per language.
/// </summary>
internal sealed class WebForms(ServerSettings settings)
{
    public const string FormId = "aanvraagformulier";

    private readonly ConcurrentDictionary<string, Lazy<WebForm>> _forms = new(StringComparer.Ordinal);

    /// <summary>The form in <paramref name="code"/>; Dutch for an unknown or missing language (the binding text, Awb 2:6).</summary>
    public WebForm For(string? code)
    {
        var language = code is null ? DocumentLanguage.Dutch : DocumentLanguage.Find(code) ?? DocumentLanguage.Dutch;
        if (!language.IsDutch && !File.Exists(Path.Combine(Folder(language), "formulier-web.yaml")))
        {
            language = DocumentLanguage.Dutch;
        }
        return _forms.GetOrAdd(language.Code, _ => new Lazy<WebForm>(() => Load(language))).Value;
    }

    private string Folder(DocumentLanguage language) => language.IsDutch
        ? settings.Templates
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settings.Templates).TrimEnd(Path.DirectorySeparatorChar))!, "locales", language.Code);

    private WebForm Load(DocumentLanguage language)
    {
        var folder = Folder(language);
        var root = language.IsDutch ? "templates" : $"locales/{language.Code}";
        var texts = FixedTexts.Load(Path.Combine(folder, "teksten.yaml"), $"{root}/teksten.yaml");
        var web = FixedTexts.Load(Path.Combine(folder, "formulier-web.yaml"), $"{root}/formulier-web.yaml");
        var definition = FormLibrary.Load(folder, [FormId], root, texts).Get(FormId);
        return new WebForm(language, definition, texts, web);
    }
}
