using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;

namespace Smi.Docs.Tests.PlainLanguage;

public sealed class SentenceLengthRuleTests
{
    [Fact]
    public void Fifteen_words_is_fine()
    {
        Assert.Empty(Lint.Check(Lint.Words(15)).Diagnostics);
    }

    [Fact]
    public void Sixteen_words_is_a_warning_at_the_first_word_of_the_sentence()
    {
        var report = Lint.Check("Kort. " + Lint.Words(16));

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal("SMI6001(1,7)", Lint.Format(diagnostic));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("16 words", diagnostic.Message);
    }

    [Fact]
    public void Twenty_five_words_is_a_warning_and_twenty_six_an_error()
    {
        Assert.Equal(["SMI6001(1,1)"], Lint.Findings(Lint.Words(25), PlainLanguageCodes.LongSentence));

        var report = Lint.Check("\n\n" + Lint.Words(26));
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal("SMI6002(3,1)", Lint.Format(diagnostic));
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void A_sentence_runs_over_line_breaks_but_ends_at_a_blank_line()
    {
        var twoLines = string.Join(' ', Enumerable.Repeat("wij", 8)) + "\n" + Lint.Words(8);
        var twoParagraphs = string.Join(' ', Enumerable.Repeat("wij", 8)) + "\n\n" + Lint.Words(8);

        Assert.Equal(["SMI6001(1,1)"], Lint.Findings(twoLines, PlainLanguageCodes.LongSentence));
        Assert.Empty(Lint.Findings(twoParagraphs, PlainLanguageCodes.LongSentence));
    }

    [Fact]
    public void Each_list_item_and_the_line_before_it_are_separate_sentences()
    {
        var text = "Zet in uw bezwaar:\n\n- " + Lint.Words(10) + "\n- " + Lint.Words(10) + "\n";

        Assert.Empty(Lint.Check(text).Diagnostics);
        Assert.Equal(3, Lint.Check(text).Statistics.Sentences);
    }

    [Fact]
    public void Abbreviations_do_not_end_a_sentence()
    {
        var text = "Stuur bijv. een brief, d.w.z. een brief op papier met uw naam en uw adres en de datum erop.";

        Assert.Equal(["SMI6001(1,1)"], Lint.Findings(text, PlainLanguageCodes.LongSentence));
    }
}
