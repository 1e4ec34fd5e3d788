using static Smi.Docs.Tests.Input.ProfileInput;

namespace Smi.Docs.Tests.Policy;

/// <summary>A broken value of one of the basislijn keys is an error with its code, line, column and key path.</summary>
public sealed class ProfileKeyErrorTests
{
    [Theory]
    [InlineData("  betaling: keuze ", "  betaling: bank ", "bank", "SMI2007", "beleid.betaling")]
    [InlineData("  doelgroep: ouder-of-kind ", "  doelgroep: gezin ", "gezin", "SMI2007", "beleid.doelgroep")]
    [InlineData("  leeftijdTotJaar: ~ ", "  leeftijdTotJaar: twaalf ", "twaalf", "SMI2003", "beleid.leeftijdTotJaar")]
    [InlineData("  leeftijdTotJaar: ~ ", "  leeftijdTotJaar: 21 ", "21", "SMI2010", "beleid.leeftijdTotJaar")]
    [InlineData("  inkomenstoets: ~ ", "  inkomenstoets: { percentage: 110, van: modaal } ", "modaal", "SMI2007", "beleid.inkomenstoets.van")]
    [InlineData("  vermogenstoets: false ", "  vermogenstoets: soms ", "soms", "SMI2003", "beleid.vermogenstoets")]
    [InlineData("  ontwikkelingVolgen: true ", "  ontwikkelingVolgen: ja ", "ja", "SMI2003", "beleid.ontwikkelingVolgen")]
    [InlineData("  vastgelegdIn: verordening ", "  vastgelegdIn: wet ", "wet", "SMI2007", "regeling.vastgelegdIn")]
    [InlineData("  conceptBewaardagen: 7 ", "  conceptBewaardagen: -1 ", "-1", "SMI2009", "formulier.conceptBewaardagen")]
    [InlineData("  afgenomenBewaardagen: 30 ", "  afgenomenBewaardagen: 1,5 ", "1,5", "SMI2003", "formulier.afgenomenBewaardagen")]
    [InlineData("  virusscan: false ", "  virusscan: altijd ", "altijd", "SMI2003", "formulier.virusscan")]
    public void Broken_value_is_located(string line, string replacement, string value, string code, string path)
    {
        var yaml = Replaced(line, replacement);
        var (l, c) = Position(yaml, replacement.TrimEnd());

        Assert.Equal([(code, l, c + replacement.IndexOf(value, StringComparison.Ordinal), path)], Found(yaml));
    }

    [Fact]
    public void Advies_without_door_is_a_missing_key()
    {
        var yaml = Replaced("  advies: ~ ", "  advies: { verplicht: true } ");

        var error = Assert.Single(Errors(yaml));

        Assert.Equal(("SMI2002", "beleid.advies.door"), (error.Code, error.Location.JsonPath));
    }

    [Fact]
    public void A_misspelt_new_key_suggests_the_right_one()
    {
        var error = Assert.Single(Errors(Replaced("  vermogenstoets: false", "  vermogenstoest: false")));

        Assert.Equal("SMI2004", error.Code);
        Assert.Contains("did you mean 'vermogenstoets'?", error.Message);
    }
}
