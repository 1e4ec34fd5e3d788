using Smi.Docs.Policy;
using static Smi.Docs.Tests.Input.ProfileInput;

namespace Smi.Docs.Tests.Input;

/// <summary>regeling.artikelen: the article of each condition a refusal can cite (Awb 3:47 lid 2).</summary>
public sealed class ProfileArtikelenTests
{
    [Fact]
    public void Voorbeeldstad_names_some_conditions_and_no_income_test()
    {
        var artikelen = ProfileReader.Read(Example, FilePath).Regeling.Artikelen;

        Assert.Equal("artikel 2", artikelen.Voor(ArtikelSoort.Doelgroep));
        Assert.Equal("artikel 3", artikelen.Voor(ArtikelSoort.VoorliggendeVoorziening));
        Assert.Null(artikelen.Voor(ArtikelSoort.Leeftijd));
        Assert.Null(artikelen.Voor(ArtikelSoort.Inkomen)); // basislijn 5
    }

    [Fact]
    public void Without_artikelen_every_condition_falls_back_to_the_grant_article()
    {
        var start = Example.IndexOf("  artikelen:", StringComparison.Ordinal);
        var end = Example.IndexOf("\nbezwaar:", StringComparison.Ordinal);

        var regeling = ProfileReader.Read(Example.Remove(start, end - start), FilePath).Regeling;

        Assert.Equal(Artikelen.Geen, regeling.Artikelen);
    }

    [Fact]
    public void Unknown_condition_is_reported_at_its_key_with_the_nearest_known_one()
    {
        var yaml = Replaced("    netwerk: artikel 3", "    netwerkk: artikel 3");
        var (line, column) = Position(yaml, "netwerkk");

        var error = Assert.Single(Errors(yaml));

        Assert.Equal(("SMI2004", line, column, "regeling.artikelen.netwerkk"), (error.Code, error.Location.Line, error.Location.Column, error.Location.JsonPath));
        Assert.Contains("did you mean 'netwerk'?", error.Message, StringComparison.Ordinal);
    }
}
