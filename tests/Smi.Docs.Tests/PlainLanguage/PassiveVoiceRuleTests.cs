using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;

namespace Smi.Docs.Tests.PlainLanguage;

public sealed class PassiveVoiceRuleTests
{
    [Theory]
    [InlineData("De opvang wordt in deze periode niet afgebouwd.", "SMI6005(1,11)")]
    [InlineData("Het bedrag werd op tijd betaald.", "SMI6005(1,12)")]
    [InlineData("Uw aanvraag is goed ontvangen en de opvang is verlengd.", "SMI6005(1,13)")]
    [InlineData("Wij weten dat het geld niet betaald is.", "SMI6005(1,37)")]
    [InlineData("Op welke regels is dit besluit gebaseerd?", "SMI6005(1,17)")]
    public void Auxiliary_and_participle_in_one_clause_is_a_warning_at_the_auxiliary(string text, string expected)
    {
        var diagnostic = Assert.Single(Lint.Check(text).Diagnostics, d => d.Code == PlainLanguageCodes.PassiveVoice.Id);

        Assert.Equal(expected, Lint.Format(diagnostic));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    [Theory]
    [InlineData("Wij bouwen de opvang in deze periode niet af.")]
    [InlineData("Het is belangrijk om veranderingen door te geven.")]
    [InlineData("Dat is {{ getal periode.maanden }} maanden.")]
    [InlineData("Het is klaar, dus wij hebben betaald.")]
    [InlineData("Dit is het beleid van de gemeente.")]
    [InlineData("Wij zijn er voor het gezin.")]
    public void Active_sentences_and_look_alikes_pass(string text)
    {
        Assert.Empty(Lint.Findings(text, PlainLanguageCodes.PassiveVoice));
    }

    [Fact]
    public void Only_one_warning_per_sentence()
    {
        Assert.Single(Lint.Findings("Het is betaald en het wordt verlengd.", PlainLanguageCodes.PassiveVoice));
    }
}
