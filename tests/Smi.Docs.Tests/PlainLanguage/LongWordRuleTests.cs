using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;

namespace Smi.Docs.Tests.PlainLanguage;

public sealed class LongWordRuleTests
{
    [Fact]
    public void A_word_of_more_than_four_syllables_is_a_warning_at_its_first_letter()
    {
        var findings = Lint.Findings("U krijgt een\ntegemoetkoming.", PlainLanguageCodes.LongWord);

        Assert.Equal(["SMI6003(2,1)"], findings);
    }

    [Fact]
    public void Four_syllables_is_not_long()
    {
        Assert.Empty(Lint.Findings("U krijgt een vergoeding voor kinderopvang.", PlainLanguageCodes.LongWord));
    }

    [Theory]
    [InlineData("Wij kijken naar uw toetsingsinkomen.")]
    [InlineData("Wij kijken naar uw toetsingsinkomens.")]
    [InlineData("U krijgt geen Kinderopvangtoeslag.")]
    [InlineData("Vraag de voorzieningenrechter om hulp.")]
    public void Words_on_the_allow_list_pass_in_any_case_and_with_common_endings(string text)
    {
        Assert.Empty(Lint.Findings(text, PlainLanguageCodes.LongWord));
    }

    [Fact]
    public void More_letters_than_the_threshold_is_long_whatever_the_syllables()
    {
        var checker = new PlainLanguageChecker(PlainLanguageWordLists.Default, new PlainLanguageThresholds(LongWordSyllables: 10, LongWordLetters: 11));

        var report = checker.Check("Let op de opzegtermijn van de opvang.", Lint.File);

        // opzegtermijn: 12 letters, 4 syllables.
        Assert.Equal(["SMI6003(1,11)"], report.Diagnostics.Select(Lint.Format));
    }

    [Fact]
    public void Numbers_and_placeholders_are_never_long()
    {
        Assert.Empty(Lint.Findings("Het bedrag is 12.345.678,90 of {{ bedrag berekening.totaalGemeenteInclusiefAlles }}.", PlainLanguageCodes.LongWord));
    }
}
