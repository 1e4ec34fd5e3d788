using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;

namespace Smi.Docs.Tests.PlainLanguage;

public sealed class FleschDoumaTests
{
    [Fact]
    public void Scores_a_small_text_as_computed_by_hand()
    {
        // "Wij betalen de opvang. U krijgt geld."
        // sentences 2; words 7; syllables: wij 1, be-ta-len 3, de 1, op-vang 2, u 1, krijgt 1, geld 1 = 10
        // 206.835 − 0.93 × (7 / 2) − 77 × (10 / 7) = 206.835 − 3.255 − 110 = 93.58
        var statistics = Lint.Check("Wij betalen de opvang. U krijgt geld.").Statistics;

        Assert.Equal((2, 7, 10), (statistics.Sentences, statistics.Words, statistics.Syllables));
        Assert.Equal(3.5, statistics.AverageSentenceLength);
        Assert.Equal(93.58, statistics.FleschDouma!.Value, 2);
    }

    [Fact]
    public void An_empty_template_has_no_score()
    {
        Assert.Null(Lint.Check("{{~ include 'bezwaarclausule' ~}}\n").Statistics.FleschDouma);
    }

    [Fact]
    public void A_hard_document_gets_a_warning_on_the_file()
    {
        // 12 sentences of 10 words with 4 syllables each: 206.835 − 0.93 × 10 − 77 × 4 ≈ −110.
        var sentence = string.Join(' ', Enumerable.Repeat("belastingdienst", 10)) + ".";
        var report = Lint.Check(string.Join(' ', Enumerable.Repeat(sentence, 12)));

        var diagnostic = Assert.Single(report.Diagnostics, d => d.Code == PlainLanguageCodes.LowReadability.Id);
        Assert.Equal("t.sbn-md: warning SMI6006: Flesch-Douma -110.5 is below 60: use shorter sentences and shorter words", diagnostic.ToString());
    }

    [Fact]
    public void A_short_hard_text_is_too_small_to_score_with_a_warning()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("belastingdienst", 10)) + ".";

        Assert.DoesNotContain(Lint.Check(sentence).Diagnostics, d => d.Code == PlainLanguageCodes.LowReadability.Id);
    }
}
