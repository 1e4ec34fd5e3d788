using Smi.Docs.Diagnostics;

namespace Smi.Docs.PlainLanguage;

/// <summary>
/// SMI6004: officialese (ambtelijke taal) with a plain alternative, such as indien → als or
/// ten behoeve van → voor (Communicatierijk "Taalniveau B1": betreffende → over, verstrekken → geven).
/// An error, because each word on the list has a plain word that means the same. Matching is on whole
/// words, ignores case and stays inside one sentence.
/// </summary>
internal sealed class OfficialeseRule : IProseRule
{
    private const string Gap = "…";
    private const int MaximumGapWords = 10;

    // A gap never runs through these words: "dienen als", "dienen om … te" and "dienen tot" mean
    // "to serve", not "must", and an error has to be certain.
    private static readonly HashSet<string> GapStops = new(StringComparer.Ordinal) { "als", "om", "tot" };

    private readonly List<(string[] Pattern, OfficialeseEntry Entry)> _patterns;

    public OfficialeseRule(IReadOnlyList<OfficialeseEntry> entries)
    {
        _patterns = entries
            .SelectMany(e => e.Forms.Select(f => (Pattern: f.ToLowerInvariant().Replace(Gap, $" {Gap} ").Split(' ', StringSplitOptions.RemoveEmptyEntries), Entry: e)))
            // Longest first, so "ten behoeve van" wins over a shorter form starting at the same word.
            .OrderByDescending(p => p.Pattern.Length)
            .ToList();
    }

    public void Check(IReadOnlyList<ProseSentence> sentences, string fileName, ICollection<Diagnostic> diagnostics)
    {
        foreach (var sentence in sentences)
        {
            var words = sentence.Words.Select(w => w.Text.ToLowerInvariant()).ToArray();
            for (var start = 0; start < words.Length; start++)
            {
                var hit = _patterns.FirstOrDefault(p => Matches(p.Pattern, 0, words, start));
                if (hit.Entry is null)
                {
                    continue;
                }
                var first = sentence.Words[start];
                var note = hit.Entry.Note.Length > 0 ? $" ({hit.Entry.Note})" : "";
                diagnostics.Add(Diagnostic.Error(PlainLanguageCodes.Officialese,
                    $"officialese '{string.Join(' ', hit.Pattern)}'; plain Dutch: '{hit.Entry.Alternative}'{note}",
                    SourceLocation.InFile(fileName, first.Line, first.Column)));
            }
        }
    }

    private static bool Matches(string[] pattern, int index, string[] words, int position)
    {
        if (index == pattern.Length)
        {
            return true;
        }
        if (pattern[index] == Gap)
        {
            for (var skip = 0; skip <= MaximumGapWords && position + skip <= words.Length; skip++)
            {
                if (Matches(pattern, index + 1, words, position + skip))
                {
                    return true;
                }
                if (position + skip < words.Length && GapStops.Contains(words[position + skip]))
                {
                    return false;
                }
            }
            return false;
        }
        return position < words.Length && words[position] == pattern[index] && Matches(pattern, index + 1, words, position + 1);
    }
}
