using Smi.Docs.Templating;

namespace Smi.Docs.Localization;

/// <summary>
/// The fixed table of Dutch sources and languages under a root that holds templates/, data/ and locales/.
/// Templates are found by listing templates/, so a new document is covered without a code change.
/// </summary>
public static class LocaleSources
{
    /// <summary>Not a language: the Dutch text each translation was made from, named by its hash.</summary>
    public const string StoreFolder = "bron";

    public static IReadOnlyList<LocaleSource> Discover(string root)
    {
        var sources = new List<LocaleSource>();
        var templates = Path.Combine(root, "templates");
        foreach (var directory in Directory.GetDirectories(templates).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(directory);
            if (name == "partials")
            {
                foreach (var partial in Directory.GetFiles(directory, "*" + TemplateSource.Extension).Order(StringComparer.Ordinal))
                {
                    var file = Path.GetFileName(partial);
                    sources.Add(new LocaleSource($"templates/partials/{file}", $"partials/{file}", SourceKind.Template));
                }
            }
            else if (File.Exists(Path.Combine(directory, name + TemplateSource.Extension)))
            {
                sources.Add(new LocaleSource($"templates/{name}/{name}{TemplateSource.Extension}", $"{name}/{name}{TemplateSource.Extension}", SourceKind.Template));
            }
        }
        sources.Add(new LocaleSource("templates/teksten.yaml", "teksten.yaml", SourceKind.Teksten));
        // The online form's own words (buttons, steps, errors), translated like teksten.yaml; a root without the web form has none.
        if (File.Exists(Path.Combine(templates, "formulier-web.yaml")))
        {
            sources.Add(new LocaleSource("templates/formulier-web.yaml", "formulier-web.yaml", SourceKind.Teksten));
        }
        sources.Add(new LocaleSource("templates/aanvraagformulier/aanvraagformulier.form.yaml", "aanvraagformulier/aanvraagformulier.form.yaml", SourceKind.FormDefinition));
        sources.Add(new LocaleSource("data/afwijzingsgronden.yaml", "catalogi/afwijzingsgronden.yaml", SourceKind.Afwijzingsgronden));
        sources.Add(new LocaleSource("data/ontbrekende-gegevens.yaml", "catalogi/ontbrekende-gegevens.yaml", SourceKind.OntbrekendeGegevens));
        return sources;
    }

    /// <summary>The sub-folders of locales/ except the store: en, ar, tr, pl, uk.</summary>
    public static IReadOnlyList<string> Languages(string root)
    {
        var locales = Path.Combine(root, "locales");
        return Directory.Exists(locales)
            ? Directory.GetDirectories(locales).Select(Path.GetFileName).OfType<string>()
                .Where(name => name != StoreFolder).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public static string FullPath(string root, string relativePath) =>
        Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
