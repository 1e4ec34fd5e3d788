using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;
using YamlDotNet.RepresentationModel;

namespace Smi.Docs.Localization;

/// <summary>
/// Checks that a translated YAML file is the Dutch file with only its text values translated (locales/README.md
/// rule 4): the same keys, lists of the same length compared item by item, every other value unchanged, and each
/// text keeping the Dutch <c>{placeholder}</c> words (<see cref="TextPlaceholders"/>).
/// </summary>
internal static class YamlComparer
{
    public static void Compare(YamlText dutch, YamlText translation, SourceKind kind, DiagnosticBag problems) =>
        Compare(dutch.Root, translation.Root, "", null, kind, translation, problems);

    private static void Compare(YamlNode dutch, YamlNode translated, string path, string? key, SourceKind kind, YamlText translation, DiagnosticBag problems)
    {
        switch (dutch, translated)
        {
            case (YamlScalarNode d, YamlScalarNode t):
                CompareScalar(d, t, path, key, kind, translation, problems);
                break;
            case (YamlMappingNode d, YamlMappingNode t):
                CompareMapping(d, t, path, kind, translation, problems);
                break;
            case (YamlSequenceNode d, YamlSequenceNode t):
                if (d.Children.Count != t.Children.Count)
                {
                    Report(problems, LocalizationCodes.YamlTree, $"{path}: the Dutch list has {d.Children.Count} items, the translation {t.Children.Count}", translation, t);
                }
                var dutchItems = YamlText.Children(d, key).ToList();
                var translatedItems = YamlText.Children(t, key).ToList();
                for (var i = 0; i < Math.Min(dutchItems.Count, translatedItems.Count); i++)
                {
                    Compare(dutchItems[i].Node, translatedItems[i].Node, $"{path}/{dutchItems[i].Name}", key, kind, translation, problems);
                }
                break;
            default:
                Report(problems, LocalizationCodes.YamlTree, $"{path}: the Dutch has a {Shape(dutch)} here, the translation a {Shape(translated)}", translation, translated);
                break;
        }
    }

    private static void CompareMapping(YamlMappingNode dutch, YamlMappingNode translated, string path, SourceKind kind, YamlText translation, DiagnosticBag problems)
    {
        var isRoot = path.Length == 0;
        foreach (var (key, value) in dutch.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (translated.Children.TryGetValue(key, out var translatedValue))
            {
                Compare(value, translatedValue, isRoot ? name : $"{path}/{name}", name, kind, translation, problems);
            }
            else
            {
                Report(problems, LocalizationCodes.YamlTree, $"{(isRoot ? "" : path + ": ")}key '{name}' of the Dutch is missing", translation, translated);
            }
        }
        foreach (var key in translated.Children.Keys)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            var isMetadata = isRoot && name == YamlText.MetadataKey;
            if (!dutch.Children.ContainsKey(key) && !isMetadata)
            {
                Report(problems, LocalizationCodes.YamlTree, $"key '{name}' is not in the Dutch; keys stay as in the Dutch file", translation, key);
            }
        }
    }

    private static void CompareScalar(YamlScalarNode dutch, YamlScalarNode translated, string path, string? key, SourceKind kind, YamlText translation, DiagnosticBag problems)
    {
        var dutchValue = dutch.Value ?? "";
        var translatedValue = translated.Value ?? "";
        if (!TranslatableKeys.IsTranslatable(kind, key))
        {
            if (dutchValue != translatedValue)
            {
                Report(problems, LocalizationCodes.YamlTree, $"{path}: this value is not text to translate and must stay '{dutchValue}' as in the Dutch", translation, translated);
            }
            return;
        }
        var expected = Placeholders(dutchValue);
        var found = Placeholders(translatedValue);
        if (!expected.SequenceEqual(found))
        {
            var missing = expected.ToList();
            var extra = new List<string>();
            foreach (var name in found)
            {
                if (!missing.Remove(name))
                {
                    extra.Add(name);
                }
            }
            var what = string.Join("; ", new[]
            {
                missing.Count > 0 ? "missing " + string.Join(", ", missing) : "",
                extra.Count > 0 ? "not in the Dutch " + string.Join(", ", extra) : "",
            }.Where(s => s.Length > 0));
            Report(problems, LocalizationCodes.YamlPlaceholders, $"{path}: the text must keep the Dutch placeholders ({what})", translation, translated);
        }
    }

    /// <summary>Sorted, because rule 1 lets a translator move a placeholder inside the sentence.</summary>
    private static List<string> Placeholders(string text) =>
        TextPlaceholders.Find(text).Select(p => p.Text).Order(StringComparer.Ordinal).ToList();

    private static string Shape(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static void Report(DiagnosticBag problems, DiagnosticCode code, string message, YamlText translation, YamlNode node) =>
        problems.Error(code, message, SourceLocation.InFile(translation.File, checked((int)node.Start.Line), checked((int)node.Start.Column)));
}
