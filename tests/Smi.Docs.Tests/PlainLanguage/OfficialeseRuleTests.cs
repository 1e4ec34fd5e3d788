using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;

namespace Smi.Docs.Tests.PlainLanguage;

public sealed class OfficialeseRuleTests
{
    [Theory]
    [InlineData("indien", "als")]
    [InlineData("teneinde", "om")]
    [InlineData("derhalve", "daarom")]
    [InlineData("middels", "met")]
    [InlineData("conform", "volgens")]
    [InlineData("aanvang", "begin")]
    [InlineData("reeds", "al")]
    [InlineData("alsmede", "en")]
    [InlineData("omtrent", "over")]
    public void The_issue_words_are_errors_with_their_plain_alternative(string word, string alternative)
    {
        var diagnostic = Assert.Single(Lint.Check($"Dat is {word} goed.").Diagnostics);

        Assert.Equal("SMI6004(1,8)", Lint.Format(diagnostic));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains($"'{alternative}", diagnostic.Message);
    }

    [Fact]
    public void Matching_ignores_case_and_takes_whole_words_only()
    {
        Assert.Equal(["SMI6004(1,1)"], Lint.Findings("Indien u wilt, bel ons.", PlainLanguageCodes.Officialese));
        Assert.Equal(["SMI6004(1,5)"], Lint.Findings("Dat REEDS.", PlainLanguageCodes.Officialese));
        Assert.Empty(Lint.Findings("U kunt een bezwaar indienen. Wij reden naar huis.", PlainLanguageCodes.Officialese));
    }

    [Fact]
    public void Phrases_match_word_for_word_and_are_reported_at_their_first_word()
    {
        var text = "Dit is ten behoeve van uw kind.\nWij schrijven u met betrekking tot uw aanvraag.";

        Assert.Equal(["SMI6004(1,8)", "SMI6004(2,17)"], Lint.Findings(text, PlainLanguageCodes.Officialese));
    }

    [Fact]
    public void A_phrase_does_not_match_across_a_sentence_end()
    {
        Assert.Empty(Lint.Findings("Wij komen ten. Behoeve van niemand.", PlainLanguageCodes.Officialese));
    }

    [Fact]
    public void Dienen_in_the_sense_of_moeten_is_an_error_but_dienen_als_is_not()
    {
        Assert.Equal(["SMI6004(1,3)"], Lint.Findings("U dient het formulier voor 1 mei te sturen.", PlainLanguageCodes.Officialese));
        Assert.Equal(["SMI6004(1,3)"], Lint.Findings("U dient te betalen.", PlainLanguageCodes.Officialese));
        Assert.Equal(["SMI6004(1,3)"], Lint.Findings("U dient de formulieren voor uw kind uiterlijk voor {{ datum x }} aan ons te sturen.", PlainLanguageCodes.Officialese));
        Assert.Empty(Lint.Findings("Dit dient als voorbeeld om te laten zien hoe het werkt.", PlainLanguageCodes.Officialese));
        Assert.Empty(Lint.Findings("Dit formulier dient om uw situatie te beschrijven.", PlainLanguageCodes.Officialese));
    }

    [Fact]
    public void Headings_list_items_and_table_cells_are_checked_too()
    {
        var text = "## Wat gebeurt er indien u verhuist?\n\n- Thans niets.\n\n| Kolom |\n|---|\n| reeds |\n";

        Assert.Equal(["SMI6004(1,19)", "SMI6004(3,3)", "SMI6004(7,3)"], Lint.Findings(text, PlainLanguageCodes.Officialese));
    }

    [Fact]
    public void The_shipped_list_has_the_issue_words_and_at_least_twenty_five_more()
    {
        var forms = PlainLanguageWordLists.Default.Officialese.SelectMany(e => e.Forms).ToHashSet();

        Assert.Superset(new HashSet<string> { "indien", "teneinde", "derhalve", "middels", "conform", "aanvang", "reeds", "alsmede", "omtrent" }, forms);
        Assert.True(PlainLanguageWordLists.Default.Officialese.Count >= 34);
        Assert.All(PlainLanguageWordLists.Default.Officialese, e => Assert.NotEmpty(e.Alternative));
    }
}
