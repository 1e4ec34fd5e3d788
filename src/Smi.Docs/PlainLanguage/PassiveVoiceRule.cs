using System.Text.RegularExpressions;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.PlainLanguage;

/// <summary>
/// SMI6005: probable passive voice. B1 writing is active: "wij betalen", not "er wordt betaald"
/// (Communicatierijk "Taalniveau B1", Direct Duidelijk). A sentence is flagged when a form of worden or
/// zijn and a past participle stand in the same clause, at most a few words apart, in either order
/// ("wordt … afgebouwd", "dat … betaald wordt"). A heuristic and only a warning: "is gestopt" (perfect
/// tense of an active verb) and "is gesloten" (a state) look the same; see docs/plain-language.md.
/// </summary>
internal sealed partial class PassiveVoiceRule(PlainLanguageThresholds thresholds) : IProseRule
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "word", "wordt", "worden", "werd", "werden", "is", "zijn", "was", "waren",
    };

    // Words that look like participles but are nouns, adjectives or infinitives in our letters.
    private static readonly HashSet<string> NotParticiples = new(StringComparer.Ordinal)
    {
        "gebied", "gebieden", "gezond", "gezin", "gezinnen", "gewoon", "gemeen", "geleden", "geboren", "gevolgen",
        "gedachten", "gemeenten", "gevallen", "gesprekken", "getallen", "gebouwen", "geven", "gebruiken", "gebeuren",
        "geloven", "gelden", "genieten", "genezen", "gerust", "gemiddeld", "beleid", "verband", "bestand", "verstand",
        "verbod", "gericht",
    };

    public void Check(IReadOnlyList<ProseSentence> sentences, string fileName, ICollection<Diagnostic> diagnostics)
    {
        foreach (var sentence in sentences.Where(s => s.Kind != SegmentKind.TableCell))
        {
            var pair = FindPair(sentence.Words);
            if (pair is var (auxiliary, participle))
            {
                diagnostics.Add(Diagnostic.Warning(PlainLanguageCodes.PassiveVoice,
                    $"possibly passive ('{auxiliary.Text} … {participle.Text}'); say who does it, e.g. 'wij …'",
                    SourceLocation.InFile(fileName, auxiliary.Line, auxiliary.Column)));
            }
        }
    }

    private (ProseWord Auxiliary, ProseWord Participle)? FindPair(IReadOnlyList<ProseWord> words)
    {
        for (var a = 0; a < words.Count; a++)
        {
            if (!Auxiliaries.Contains(words[a].Text.ToLowerInvariant()))
            {
                continue;
            }
            var from = Math.Max(0, a - thresholds.PassiveWindowWords);
            var to = Math.Min(words.Count - 1, a + thresholds.PassiveWindowWords);
            for (var p = from; p <= to; p++)
            {
                if (p != a && IsParticiple(words, p) && SameClause(words, Math.Min(a, p), Math.Max(a, p)))
                {
                    return (words[a], words[p]);
                }
            }
        }
        return null;
    }

    public static bool IsParticiple(IReadOnlyList<ProseWord> words, int index)
    {
        var word = words[index].Text.ToLowerInvariant();
        // "om te geven", "te gebruiken": an infinitive after "te" is never a participle.
        var afterTe = index > 0 && words[index - 1].Text.Equals("te", StringComparison.OrdinalIgnoreCase);
        return word.Length >= 6 && !afterTe && !NotParticiples.Contains(word)
            && !word.EndsWith("heid", StringComparison.Ordinal) && Participle().IsMatch(word);
    }

    private static bool SameClause(IReadOnlyList<ProseWord> words, int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            if (words[i].ClauseBreakBefore)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// ge-participles, optionally after a separable particle (aangevraagd, afgebouwd, doorgegeven, gedaan),
    /// and participles of verbs with an unstressed prefix, which take no ge- (betaald, verlengd, berekend).
    /// The latter only with -d: with -t they are mostly present tense (betaalt, verandert).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:af|aan|op|toe|terug|door|uit|in|mee|na|over|voor|weg|bij|vast|tegen|om|samen|vrij|neer|dicht|los|binnen|buiten)?ge\p{L}{2,}(?:d|t|en|aan|ien)|(?:be|ver|ont|her|er)\p{L}{2,}d)$")]
    private static partial Regex Participle();
}
