using Smi.Docs.Catalogues;
using Smi.Docs.Formatting;
using Smi.Docs.Localization;
using Smi.Docs.Forms;
using Smi.Docs.Templating;

namespace Smi.Docs.Composition;

/// <summary>
/// Everything the composer has in one language: templates, form definitions, fixed texts and catalogues. A
/// translation (<c>locales/&lt;taal&gt;/</c>, layout in locales/README.md) may be incomplete; what it lacks is
/// known per document, so a request can name the missing file instead of printing Dutch text unannounced.
/// </summary>
internal sealed class LanguageResources(LanguagePack? pack, TemplateLibrary templates, FormLibrary forms, IReadOnlyDictionary<string, string> missingPerDocument)
{
    /// <summary>Null when the translation has no teksten.yaml: without it not even a notice can be written.</summary>
    public LanguagePack? Pack { get; } = pack;

    public TemplateLibrary Templates { get; } = templates;

    public FormLibrary Forms { get; } = forms;

    /// <summary>The file (as diagnostics name it) whose absence keeps <paramref name="documentId"/> from this language, or null.</summary>
    public string? MissingFile(string documentId) =>
        missingPerDocument.TryGetValue(documentId, out var missing) ? missing : null;

    public static LanguageResources LoadTranslation(DocumentLanguage language, string directory)
    {
        var root = $"locales/{language.Code}";
        var textsPath = Path.Combine(directory, "teksten.yaml");
        var texts = File.Exists(textsPath) ? FixedTexts.Load(textsPath, $"{root}/teksten.yaml") : null;
        var afwijzingsgronden = Optional(directory, root, "catalogi/afwijzingsgronden.yaml", AfwijzingsgrondenCatalogus.Load);
        var ontbrekendeGegevens = Optional(directory, root, "catalogi/ontbrekende-gegevens.yaml", OntbrekendeGegevensCatalogus.Load);
        var templates = TemplateLibrary.Load(directory, DocumentDefinitions.Templates, language.Code, root);
        var forms = texts is null ? FormLibrary.Empty : FormLibrary.Load(directory, DocumentDefinitions.FormIds, root, texts);
        var pack = texts is null ? null : new LanguagePack(language, texts, language.Formatter, afwijzingsgronden, ontbrekendeGegevens);

        var missing = new Dictionary<string, string>(templates.Missing, StringComparer.Ordinal);
        foreach (var definition in DocumentDefinitions.All.Where(d => !missing.ContainsKey(d.Id)))
        {
            var lacking = pack is null ? "teksten.yaml" : definition.LackingFile(pack, forms);
            if (lacking is not null)
            {
                missing[definition.Id] = $"{root}/{lacking}";
            }
        }
        return new LanguageResources(pack, templates, forms, missing);
    }

    private static T? Optional<T>(string directory, string root, string file, Func<string, string, T> load)
        where T : class
    {
        var path = Path.Combine(directory, file);
        return File.Exists(path) ? load(path, $"{root}/{file}") : null;
    }
}
