namespace Smi.Docs.PlainLanguage;

/// <summary>
/// Counts over a template's running text (paragraphs, headings, list items; not table cells, which are
/// short labels and amounts). <see cref="FleschDouma"/> is Douma's 1960 Dutch adaptation of the Flesch
/// reading ease: 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words). Higher is easier;
/// 60–70 is "fairly easy", above 70 "easy". Null when there is no text to score.
/// </summary>
public sealed record DocumentStatistics(int Sentences, int Words, int Syllables, int LongWords)
{
    public double AverageSentenceLength => Sentences == 0 ? 0 : (double)Words / Sentences;

    /// <summary>Share (0–1) of words over the long-word thresholds, allow-listed terms included.</summary>
    public double LongWordShare => Words == 0 ? 0 : (double)LongWords / Words;

    public double? FleschDouma => Sentences == 0 || Words == 0
        ? null
        : 206.835 - 0.93 * ((double)Words / Sentences) - 77 * ((double)Syllables / Words);

    internal static DocumentStatistics Of(IReadOnlyList<ProseSentence> sentences, PlainLanguageThresholds thresholds)
    {
        var running = sentences.Where(s => s.Kind != SegmentKind.TableCell).ToList();
        var words = running.SelectMany(s => s.Words).ToList();
        return new DocumentStatistics(
            running.Count,
            words.Count,
            words.Sum(w => DutchSyllables.Count(w.Text)),
            words.Count(w => LongWordRule.IsLong(w.Text, thresholds)));
    }
}
