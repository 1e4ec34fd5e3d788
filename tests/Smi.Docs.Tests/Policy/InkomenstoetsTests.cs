using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Html;
using Smi.Docs.Policy;
using Smi.Docs.Tests.EndToEnd;

namespace Smi.Docs.Tests.Policy;

/// <summary>
/// Oude IJsselstreek 2020 art. 3 and 5: no SMI above 110 % of the wettelijk minimum (inkomen). The profile carries the
/// article (art. 5), a refusal states the limit in euros, and a grant above the limit is an error, not a letter.
/// The limit by hand: 12 × the referentiemaandloon × 110 %; 2026-01-01: 12 × 2.294,40 × 1,1 = 30.286,08;
/// 2026-07-01: 12 × 2.337,00 × 1,1 = 30.848,40 (data/tables/wml_referentiemaandloon.csv).
/// </summary>
public sealed class InkomenstoetsTests
{
    private static readonly MunicipalityProfile OudeIJsselstreek = Examples.Profile("oude-ijsselstreek");

    [Fact]
    public void A_grant_above_the_limit_is_a_located_error_that_names_the_limit_and_not_the_income()
    {
        // Bso() starts on 2026-07-01: limit 30.848,40.
        var zaak = Bso() with { Toetsingsinkomen = 30_848.41m };

        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(zaak, OudeIJsselstreek, "toekenning", "nl")).Diagnostics);

        Assert.Equal(("SMI1111", "$.toetsingsinkomen", "toekenning-berekend-bso.json"), (error.Code, error.Location.JsonPath, error.Location.File));
        Assert.Contains("30848.40", error.Message, StringComparison.Ordinal);
        Assert.Contains("inkomen-boven-grens", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("30848.41", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_above_the_limit_is_the_same_error()
    {
        // verlenging-eerste runs from 2026-06-01: limit 30.286,08.
        var zaak = Examples.Case("verlenging-eerste") with { Toetsingsinkomen = 30_500m };

        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(zaak, OudeIJsselstreek, "verlenging", "nl")).Diagnostics);

        Assert.Equal(("SMI1111", "$.toetsingsinkomen"), (error.Code, error.Location.JsonPath));
        Assert.Contains("30286.08", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_income_on_the_limit_is_granted()
    {
        // Art. 5: "tot max 110%": the limit itself is still inside.
        var zaak = Bso() with { Toetsingsinkomen = 30_848.40m };

        Assert.NotNull(Examples.Composer.Compose(zaak, OudeIJsselstreek, "toekenning", "nl"));
    }

    [Fact]
    public void A_profile_without_an_income_test_grants_any_income()
    {
        var zaak = Bso() with { Toetsingsinkomen = 90_000m };

        Assert.NotNull(Examples.Composer.Compose(zaak, Examples.Profile("beemster"), "toekenning", "nl"));
    }

    [Fact]
    public void An_income_refusal_cites_article_5_states_the_limit_in_euros_and_points_to_awb_4_84_not_to_article_7()
    {
        // Applied on 2026-10-12: limit 30.848,40.
        var text = Afwijzing("inkomen-boven-grens", OudeIJsselstreek);

        Assert.Contains("Dit staat in artikel 5 van de Beleidsregels sociaal medische indicatie gemeente Oude IJsselstreek.", text);
        Assert.Contains($"De grens is {Money(30_848.40m)} per jaar. Dat is 110 procent van het wettelijk minimumloon.", text);
        Assert.DoesNotContain("artikel 7", text);
        Assert.Contains("Dat staat in artikel 4:84 van de Algemene wet bestuursrecht.", text);
    }

    [Fact]
    public void An_income_refusal_for_a_profile_with_the_article_but_no_limit_is_a_located_error()
    {
        var path = TestPaths.Profile("oude-ijsselstreek");
        var yaml = File.ReadAllText(path);
        var start = yaml.IndexOf("  inkomenstoets:", StringComparison.Ordinal);
        var end = yaml.IndexOf("  vermogenstoets:", StringComparison.Ordinal);
        var zonderGrens = ProfileReader.Read(yaml[..start] + "  inkomenstoets: ~\n" + yaml[end..], path);
        var zaak = CaseReader.Read(AfwijzingCases.WithReasons(("inkomen-boven-grens", null)), "afwijzing.json");

        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(zaak, zonderGrens, "afwijzing", "nl")).Diagnostics);

        Assert.Equal(("SMI1112", "$.afwijzing.redenen[0].code"), (error.Code, error.Location.JsonPath));
        Assert.Contains("beleid.inkomenstoets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_refusal_under_beleidsregels_also_points_to_awb_4_84_and_states_no_limit()
    {
        var text = Afwijzing("voorliggende-voorziening-kot", OudeIJsselstreek);

        Assert.DoesNotContain("artikel 7", text);
        Assert.DoesNotContain("De grens is", text);
        Assert.Contains("artikel 4:84 van de Algemene wet bestuursrecht", text);
    }

    [Theory]
    [InlineData("beemster", "artikel 9")]
    [InlineData("oude-ijsselstreek", "artikel 6")]
    public void An_extension_cites_the_regulations_extension_article(string profileId, string artikel)
    {
        var profile = Examples.Profile(profileId);

        var text = Text(Examples.Composer.Compose(Examples.Case("verlenging-eerste"), profile, "verlenging", "nl"));

        Assert.Contains($"Wij baseren de verlenging ook op {artikel} van de {profile.Regeling.Titel}.", text);
    }

    [Fact]
    public void An_extension_without_an_extension_article_cites_only_the_grant_article()
    {
        var text = Text(Examples.Composer.Compose(Examples.Case("verlenging-eerste"), Examples.Voorbeeldstad, "verlenging", "nl"));

        Assert.DoesNotContain("Wij baseren de verlenging ook op", text);
    }

    /// <summary>The bso example in the second half of 2026 (its own period runs into 2027, whose maximum uurprijs is provisional).</summary>
    private static SmiCase Bso() =>
        Examples.Case("toekenning-berekend-bso") with { Periode = new Periode(new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)) };

    private static string Afwijzing(string code, MunicipalityProfile profile) =>
        LetterText.Of(AfwijzingCases.Html(CaseReader.Read(AfwijzingCases.WithReasons((code, null)), "afwijzing.json"), profile));

    private static string Text(Smi.Docs.Documents.LetterDocument letter) => Smi.Docs.Tests.EndToEnd.LetterText.Of(letter);

    private static string Money(decimal amount) => Smi.Docs.Formatting.ValueFormatter.Dutch.Money(amount).Replace('\u00a0', ' ');
}
