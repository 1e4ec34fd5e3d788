using System.Text.RegularExpressions;

namespace Smi.Docs.Localization;

/// <summary>The <c>{naam}</c> words in YAML text that the engine fills in (locales/README.md rule 1).</summary>
internal static partial class YamlPlaceholders
{
    public static IReadOnlyList<Match> Find(string text) => Placeholder().Matches(text);

    public static IReadOnlyList<string> Names(string text) => Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9_.]*\}")]
    private static partial Regex Placeholder();
}
