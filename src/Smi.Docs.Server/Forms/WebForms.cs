using System.Collections.Concurrent;
using Smi.Docs.Formatting;
using Smi.Docs.Forms;
using Smi.Docs.Storage;

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
/// The application form (<c>aanvraagformulier/aanvraagformulier.form.yaml</c>) and the web form's texts in every language
/// with a translation, once per template folder and language: a tenant with its own copy of the templates (like
/// <c>smi-docs render --templates</c>) gets the form from its copy, as its printed form does, with the translations in the
/// <c>locales/</c> beside it; a file the copy lacks (a copy made before the online form had its own words, or without
/// the translations) comes from the shipped templates.
/// </summary>
internal sealed class WebForms(ServerSettings settings)
{
    public const string FormId = "aanvraagformulier";

    /// <summary>
    /// By the folder as configured and a known language (so an unknown ?taal= adds no entry): whether a translation is
    /// there is looked up once, not per page.
    /// </summary>
    private readonly ConcurrentDictionary<(string? Folder, string Language), Lazy<WebForm>> _forms = new();

    /// <summary>The shipped form in <paramref name="code"/> (Dutch for an unknown or missing language).</summary>
    public WebForm For(string? code) => For(null, code);

    /// <summary>
    /// The form of the tenant's template folder (<see cref="Tenant.TemplatesPath"/>; null: the shipped one) in
    /// <paramref name="code"/>; Dutch for an unknown language or one without a translation (the binding text, Awb 2:6).
    /// </summary>
    /// <exception cref="Diagnostics.SmiDocsException">The folder's form definition has errors.</exception>
    public WebForm For(Tenant? tenant, string? code)
    {
        var asked = code is null ? DocumentLanguage.Dutch : DocumentLanguage.Find(code) ?? DocumentLanguage.Dutch;
        var key = (tenant?.TemplatesPath, asked.Code);
        var lazy = _forms.GetOrAdd(key, _ => new Lazy<WebForm>(() => Load(Path.GetFullPath(tenant?.TemplatesPath ?? settings.Templates), asked)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A broken definition is read again on the next request, once the operator has fixed it.
            _forms.TryRemove(new KeyValuePair<(string?, string), Lazy<WebForm>>(key, lazy));
            throw;
        }
    }

    private static string Folder(string templates, DocumentLanguage language) => language.IsDutch
        ? templates
        : Path.Combine(Path.GetDirectoryName(templates.TrimEnd(Path.DirectorySeparatorChar))!, "locales", language.Code);

    private WebForm Load(string templates, DocumentLanguage language)
    {
        if (!language.IsDutch && !File.Exists(Path.Combine(Folder(templates, language), "formulier-web.yaml"))
            && !File.Exists(Path.Combine(Folder(Path.GetFullPath(settings.Templates), language), "formulier-web.yaml")))
        {
            language = DocumentLanguage.Dutch;
        }
        var shipped = Folder(Path.GetFullPath(settings.Templates), language);
        var own = Folder(templates, language);
        string From(string file) => File.Exists(Path.Combine(own, file)) ? own : shipped;
        var root = language.IsDutch ? "templates" : $"locales/{language.Code}";
        var texts = FixedTexts.Load(Path.Combine(From("teksten.yaml"), "teksten.yaml"), $"{root}/teksten.yaml");
        var web = FixedTexts.Load(Path.Combine(From("formulier-web.yaml"), "formulier-web.yaml"), $"{root}/formulier-web.yaml");
        var definition = FormLibrary.Load(From(Path.Combine(FormId, FormId + ".form.yaml")), [FormId], root, texts).Get(FormId);
        return new WebForm(language, definition, texts, web);
    }
}
