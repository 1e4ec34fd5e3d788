using Smi.Docs.Diagnostics;
using System.Text.RegularExpressions;

namespace Smi.Docs.PlainLanguage;

/// <summary>
/// Cuts segments into sentences at <c>.</c>, <c>!</c> and <c>?</c>, except after abbreviations
/// ("bijv.", "d.w.z."). Headings, list items and table cells end where their block ends, with or
/// without a full stop. Numbers such as 4:5, 1.250,00 and 12,5 stay one word.
/// </summary>
internal static partial class SentenceSplitter
{
    // Short forms that end in a full stop without ending the sentence. Most are themselves not B1,
    // but that is for a writer to judge, not a reason to miscount sentences.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bijv", "bv", "enz", "etc", "nr", "art", "blz", "ca", "jl", "mevr", "dhr", "mr", "dr", "ir", "drs", "st", "tel", "zgn",
    };

    public static IReadOnlyList<ProseSentence> Split(string text, IReadOnlyList<ProseSegment> segments, LineIndex lines)
    {
        var sentences = new List<ProseSentence>();
        foreach (var segment in segments)
        {
            var words = new List<ProseWord>();
            var clauseBreak = false;
            foreach (var range in segment.Ranges)
            {
                var (offset, length) = range.GetOffsetAndLength(text.Length);
                for (var match = Token().Match(text, offset, length); match.Success; match = match.NextMatch())
                {
                    if (match.Groups["word"].Success)
                    {
                        var (line, column) = lines.Locate(match.Index);
                        words.Add(new ProseWord(match.Value, line, column, clauseBreak && words.Count > 0));
                        clauseBreak = false;
                    }
                    else if (match.Value is "." or "!" or "?" && segment.Kind != SegmentKind.TableCell && !EndsInAbbreviation(words))
                    {
                        Flush(sentences, segment.Kind, words);
                        words = [];
                        clauseBreak = false;
                    }
                    else
                    {
                        clauseBreak = match.Value is "," or ";" or ":";
                    }
                }
            }
            Flush(sentences, segment.Kind, words);
        }
        return sentences;
    }

    private static bool EndsInAbbreviation(List<ProseWord> words) =>
        words.Count > 0 && (words[^1].Text.Contains('.') || Abbreviations.Contains(words[^1].Text));

    private static void Flush(List<ProseSentence> sentences, SegmentKind kind, List<ProseWord> words)
    {
        if (words.Count > 0)
        {
            sentences.Add(new ProseSentence(kind, words));
        }
    }

    /// <summary>
    /// A word is letters and digits, joined by a hyphen, apostrophe, slash or a full stop, colon or comma
    /// between two characters of a word (e-mail, LRK-nummer, t/m, 4:5, 1.250,00, d.w.z). Anything else
    /// that matters is punctuation.
    /// </summary>
    [GeneratedRegex(@"(?<word>[\p{L}\p{N}]+(?:[-'’/.:,][\p{L}\p{N}]+)*)|[.!?,;:]")]
    private static partial Regex Token();
}
