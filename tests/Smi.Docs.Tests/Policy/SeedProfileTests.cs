using Smi.Docs.Policy;

namespace Smi.Docs.Tests.Policy;

/// <summary>Each example profile loads and says what its regulation says (seed 003 Beemster, seed 004 Oude IJsselstreek).</summary>
public sealed class SeedProfileTests
{
    [Theory]
    [MemberData(nameof(SeedProfiles.All), MemberType = typeof(SeedProfiles))]
    public void Every_example_profile_loads_without_errors(string id)
    {
        var profile = SeedProfiles.Load(id);

        Assert.Equal(id, profile.Id);
        Assert.NotNull(profile.Regeling.ArtikelHardheidsclausule);
    }

    [Fact]
    public void Beemster_follows_the_verordening_2021()
    {
        var p = SeedProfiles.Load("beemster");

        Assert.Equal("Verordening sociaal medische indicatie gemeente Beemster 2021", p.Regeling.Titel);
        Assert.Equal(("artikel 3", "artikel 14"), (p.Regeling.ArtikelToekenning, p.Regeling.ArtikelHardheidsclausule));
        // Art. 9: 6 months, at most 3 extensions of 6 months; art. 6: 8 weeks, once deferred by 8 weeks.
        Assert.Equal((6, 6, 3), (p.Beleid.BasisaanbodMaanden, p.Beleid.VerlengingMaanden, p.Beleid.MaximumAantalVerlengingen));
        Assert.Equal((8, 8), (p.Beleid.BeslistermijnWeken, p.Beleid.VerdagingWeken));
        Assert.Equal(EigenBijdrageMethode.Beemster2021, p.Beleid.EigenBijdrage.Methode);
        Assert.Equal(BetalingAan.Opvang, p.Beleid.Betaling);
        Assert.Equal(13, p.Beleid.Toegang.LeeftijdTotJaar);
        Assert.Null(p.Beleid.Toegang.Inkomenstoets);
        // Art. 10 lid 2: the ouderbijdrage of the kinderopvangtoeslag, which pays over at most the maximum uurprijs.
        Assert.Equal(Uurprijsgrondslag.Maximum, p.Beleid.EigenBijdrage.Uurprijs);
        // Art. 14: "afwijken van de bepalingen van deze verordening" (all of them); art. 9 lid 3 and 4: extension.
        Assert.Null(p.Regeling.Hardheidsclausule!.WijktAfVan);
        Assert.Equal("artikel 9", p.Regeling.ArtikelVerlenging);
    }

    [Fact]
    public void Oude_IJsselstreek_follows_the_regeling_2020()
    {
        var p = SeedProfiles.Load("oude-ijsselstreek");

        Assert.Equal(Vastlegging.Beleidsregels, p.Regeling.VastgelegdIn);
        Assert.Equal("artikel 7", p.Regeling.ArtikelHardheidsclausule);
        // Art. 7 lets the college deviate only from art. 6: the duration and the hours, not the income limit of art. 5.
        Assert.Equal([Regelonderdeel.Duur, Regelonderdeel.Uren], p.Regeling.Hardheidsclausule!.WijktAfVan);
        Assert.False(p.Regeling.Hardheidsclausule.Dekt(ArtikelSoort.Inkomen));
        Assert.Equal(("artikel 5", "artikel 6"), (p.Regeling.Artikelen.Inkomen, p.Regeling.ArtikelVerlenging));
        // Art. 6: 6 + 6 months, at most 24 hours a week; art. 3 and 5: no SMI above 110% WML.
        Assert.Equal((6, 6, 1), (p.Beleid.BasisaanbodMaanden, p.Beleid.VerlengingMaanden, p.Beleid.MaximumAantalVerlengingen));
        Assert.Equal((24m, 12), (p.Beleid.EigenBijdrage.MaximumUrenPerWeek, p.Beleid.EigenBijdrage.MaximumMaanden));
        Assert.Equal(Uurprijsgrondslag.Maximum, p.Beleid.EigenBijdrage.Uurprijs);
        Assert.Equal(new Inkomensgrens(110, Inkomensnorm.Wml), p.Beleid.Toegang.Inkomenstoets);
        Assert.Equal(new Advies("een zorgverlener, zoals de huisarts of een specialist", true), p.Beleid.Toegang.Advies);
        Assert.Equal(BetalingAan.Opvang, p.Beleid.Betaling);
    }

    [Fact]
    public void Rivierenland_pays_everything_below_120_percent_of_the_minimumloon()
    {
        var eb = SeedProfiles.Load("rivierenland").Beleid.EigenBijdrage;

        Assert.Equal(EigenBijdrageMethode.VolledigOnderGrens, eb.Methode);
        Assert.Equal(new Inkomensgrens(120, Inkomensnorm.Wml), eb.VolledigTot);
        Assert.Equal(EigenBijdrageMethode.Kot, eb.Daarboven);
    }

    [Fact]
    public void A_profile_without_the_new_keys_gets_the_basislijn_and_says_nothing_about_its_way_of_working()
    {
        var yaml = string.Join('\n', File.ReadAllLines(TestPaths.Profile("voorbeeldstad")).Where(line =>
            !new[] { "vastgelegdIn", "betaling", "doelgroep", "leeftijdTotJaar", "inkomenstoets", "vermogenstoets", "advies", "ontwikkelingVolgen", "inkomenActueel", "gegevensAlleenStrikt", "tevredenheidMonitoren" }
                .Any(key => line.TrimStart().StartsWith(key + ":", StringComparison.Ordinal))));

        var p = ProfileReader.Read(yaml, TestPaths.Profile("voorbeeldstad"));

        Assert.Null(p.Regeling.VastgelegdIn);
        Assert.Equal(BetalingAan.Keuze, p.Beleid.Betaling);
        Assert.Equal(Toegang.Basislijn, p.Beleid.Toegang);
        Assert.Equal(Werkwijze.Onbekend, p.Beleid.Werkwijze);
    }
}
