namespace Smi.Docs.PlainLanguage;

/// <summary>
/// The numbers behind the rules. The defaults are the ones documented in docs/plain-language.md; tests and
/// municipalities with a stricter house style can pass their own.
/// </summary>
/// <param name="SentenceWarningWords">More words than this in one sentence is a warning (B1 guideline: 15).</param>
/// <param name="SentenceErrorWords">More words than this is an error (25: hardly any B1 reader keeps up).</param>
/// <param name="LongWordSyllables">A word with more syllables than this is long.</param>
/// <param name="LongWordLetters">A word with more letters than this is long, whatever its syllables.</param>
/// <param name="MinimumFleschDouma">A document scoring below this gets a warning (60 = "fairly easy").</param>
/// <param name="MinimumWordsForScore">Below this many words the score says little, so no warning is given.</param>
/// <param name="PassiveWindowWords">An auxiliary and a participle further apart than this are not paired.</param>
public sealed record PlainLanguageThresholds(
    int SentenceWarningWords = 15,
    int SentenceErrorWords = 25,
    int LongWordSyllables = 4,
    int LongWordLetters = 18,
    double MinimumFleschDouma = 60,
    int MinimumWordsForScore = 100,
    int PassiveWindowWords = 8)
{
    public static PlainLanguageThresholds Default { get; } = new();
}
