using Smi.Docs.Policy;
using static Smi.Docs.Tests.Input.ProfileInput;

namespace Smi.Docs.Tests.Policy;

/// <summary>
/// <c>regeling.hardheidsclausule: { artikel, wijktAfVan }</c> says which rules the clause lets the college set aside;
/// the older <c>artikelHardheidsclausule</c> still reads as a clause over the whole regulation.
/// </summary>
public sealed class HardheidsclausuleProfileTests
{
    private const string Clause = "  hardheidsclausule:                       # basislijn 8: the college may deviate in exceptional cases\n    artikel: artikel 14\n    wijktAfVan: [alles]";

    [Fact]
    public void The_older_single_string_form_covers_every_rule()
    {
        var yaml = Replaced(Clause, "  artikelHardheidsclausule: artikel 14");

        var clausule = ProfileReader.Read(yaml, FilePath).Regeling.Hardheidsclausule!;

        Assert.Equal(("artikel 14", null), (clausule.Artikel, clausule.WijktAfVan));
        Assert.True(clausule.Dekt(ArtikelSoort.Inkomen) && clausule.Dekt(Regelonderdeel.Duur));
    }

    [Fact]
    public void A_clause_covers_only_the_rules_it_lists()
    {
        var yaml = Replaced("    wijktAfVan: [alles]", "    wijktAfVan: [duur, uren]");

        var clausule = ProfileReader.Read(yaml, FilePath).Regeling.Hardheidsclausule!;

        Assert.True(clausule.Dekt(Regelonderdeel.Duur));
        Assert.True(clausule.Dekt(Regelonderdeel.Uren));
        Assert.False(clausule.Dekt(ArtikelSoort.Inkomen));
        Assert.False(clausule.Dekt(ArtikelSoort.Doelgroep));
    }

    [Fact]
    public void An_unknown_rule_is_located_at_wijktAfVan()
    {
        var error = Assert.Single(Errors(Replaced("    wijktAfVan: [alles]", "    wijktAfVan: [duur, geld]")));

        Assert.Equal(("SMI2022", "regeling.hardheidsclausule.wijktAfVan"), (error.Code, error.Location.JsonPath));
        Assert.Contains("'duur', 'uren'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("geld", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alles_with_other_rules_is_an_error()
    {
        var error = Assert.Single(Errors(Replaced("    wijktAfVan: [alles]", "    wijktAfVan: [alles, duur]")));

        Assert.Equal(("SMI2022", "regeling.hardheidsclausule.wijktAfVan"), (error.Code, error.Location.JsonPath));
    }

    [Fact]
    public void The_clause_without_wijktAfVan_is_a_missing_key()
    {
        var error = Assert.Single(Errors(Replaced("\n    wijktAfVan: [alles]", "")));

        Assert.Equal(("SMI2002", "regeling.hardheidsclausule.wijktAfVan"), (error.Code, error.Location.JsonPath));
    }

    [Fact]
    public void Both_forms_at_once_is_an_error()
    {
        var error = Assert.Single(Errors(Replaced(Clause, Clause + "\n  artikelHardheidsclausule: artikel 14")));

        Assert.Equal(("SMI2023", "regeling.artikelHardheidsclausule"), (error.Code, error.Location.JsonPath));
    }

    /// <summary>Beemster 2021 art. 10 lid 2 and Oude IJsselstreek 2020 art. 4 take the kinderopvangtoeslag's share.</summary>
    [Theory]
    [InlineData("beemster-2021", "    laagsteInkomenscategorieTot: 20302\n")]
    [InlineData("oude-ijsselstreek-2020", "")]
    public void A_method_that_follows_the_kinderopvangtoeslag_cannot_pay_over_the_real_price(string methode, string extra)
    {
        var yaml = Replaced("    methode: kot", $"    methode: {methode}\n{extra}").Replace("    uurprijs: maximum", "    uurprijs: werkelijk", StringComparison.Ordinal);

        var error = Assert.Single(Errors(yaml));

        Assert.Equal(("SMI2021", "beleid.eigenBijdrage.uurprijs"), (error.Code, error.Location.JsonPath));
        Assert.Contains($"methode '{methode}'", error.Message, StringComparison.Ordinal);
    }
}
