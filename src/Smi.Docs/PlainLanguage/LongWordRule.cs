using Smi.Docs.Diagnostics;

namespace Smi.Docs.PlainLanguage;

/// <summary>
/// SMI6003: long words. B1 means everyday words; long compounds and Latinate words slow readers down
/// (Communicatierijk "Taalniveau B1"). A word is long with more than 4 syllables or more than 18 letters.
/// Names of schemes, bodies and legal terms the parent meets elsewhere are on the allow-list.
/// </summary>
internal sealed class LongWordRule(PlainLanguageThresholds thresholds, IReadOnlyList<AllowedLongWord> allowed) : IProseRule
{
    // An allow-listed word also counts in its plural and inflected forms (toetsingsinkomens, burgemeesters).
    private static readonly string[] Endings = ["", "s", "n", "e", "en"];

    private readonly HashSet<string> _allowed = allowed
        .SelectMany(a => Endings.Select(e => a.Word.ToLowerInvariant() + e))
        .ToHashSet(StringComparer.Ordinal);

    public void Check(IReadOnlyList<ProseSentence> sentences, string fileName, ICollection<Diagnostic> diagnostics)
    {
        foreach (var word in sentences.SelectMany(s => s.Words))
        {
            if (IsLong(word.Text, thresholds) && !_allowed.Contains(word.Text.ToLowerInvariant()))
            {
                var syllables = DutchSyllables.Count(word.Text);
                diagnostics.Add(Diagnostic.Warning(PlainLanguageCodes.LongWord,
                    $"long word '{word.Text}' ({syllables} syllables, {Letters(word.Text)} letters); use a shorter everyday word, or add it to the allow-list with a reason",
                    SourceLocation.InFile(fileName, word.Line, word.Column)));
            }
        }
    }

    public static bool IsLong(string word, PlainLanguageThresholds thresholds) =>
        Letters(word) > 0
        && (Letters(word) > thresholds.LongWordLetters || DutchSyllables.Count(word) > thresholds.LongWordSyllables);

    private static int Letters(string word) => word.Count(char.IsLetter);
}
