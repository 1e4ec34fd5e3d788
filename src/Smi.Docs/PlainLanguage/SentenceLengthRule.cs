using Smi.Docs.Diagnostics;

namespace Smi.Docs.PlainLanguage;

/// <summary>
/// SMI6001/SMI6002: long sentences. B1 guidance (Communicatierijk "Taalniveau B1", Direct Duidelijk)
/// asks for short sentences; 15 words is the usual guideline, and beyond 25 words a sentence needs
/// rewriting. A placeholder counts as one word. Table cells are not sentences and are skipped.
/// </summary>
internal sealed class SentenceLengthRule(PlainLanguageThresholds thresholds) : IProseRule
{
    public void Check(IReadOnlyList<ProseSentence> sentences, string fileName, ICollection<Diagnostic> diagnostics)
    {
        foreach (var sentence in sentences.Where(s => s.Kind != SegmentKind.TableCell))
        {
            var count = sentence.Words.Count;
            var first = sentence.Words[0];
            var where = SourceLocation.InFile(fileName, first.Line, first.Column);
            if (count > thresholds.SentenceErrorWords)
            {
                diagnostics.Add(Diagnostic.Error(PlainLanguageCodes.VeryLongSentence,
                    $"sentence of {count} words; more than {thresholds.SentenceErrorWords} is too long for B1 readers: split it", where));
            }
            else if (count > thresholds.SentenceWarningWords)
            {
                diagnostics.Add(Diagnostic.Warning(PlainLanguageCodes.LongSentence,
                    $"sentence of {count} words; B1 aims at {thresholds.SentenceWarningWords} or fewer: split it if you can", where));
            }
        }
    }
}
