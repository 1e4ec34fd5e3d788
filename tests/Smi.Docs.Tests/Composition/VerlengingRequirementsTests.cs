using System.Text.Json.Nodes;
using NJsonSchema;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;
using Smi.Docs.Tests.EndToEnd;
using Smi.Docs.Tests.Input;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.Composition;

/// <summary>The verlenging's located errors: its blocks, the policy's maximum, the hardheidsclausule and the period order.</summary>
public sealed class VerlengingRequirementsTests
{
    [Fact]
    public void Beyond_the_maximum_without_the_hardheidsclausule_is_located_and_names_the_maximum()
    {
        var zaak = Examples.Case("verlenging-hardheidsclausule");
        zaak = zaak with { Verlenging = zaak.Verlenging! with { Hardheidsclausule = false } };

        var error = Assert.Single(Compose(zaak, Examples.Profile("beemster")));

        Assert.Equal(("SMI1104", "$.verlenging.aantalEerdereVerlengingen"), (error.Code, error.Location.JsonPath));
        Assert.Contains("at most 3 extensions", error.Message, StringComparison.Ordinal);
        Assert.Equal("verlenging-hardheidsclausule.json", error.Location.File);
    }

    [Fact]
    public void Without_a_maximum_any_number_of_extensions_is_fine()
    {
        var zaak = Examples.Case("verlenging-hardheidsclausule");
        zaak = zaak with { Verlenging = zaak.Verlenging! with { AantalEerdereVerlengingen = 12, Hardheidsclausule = false } };

        Assert.NotNull(Examples.Composer.Compose(zaak, Examples.Voorbeeldstad, "verlenging", "nl"));
    }

    [Fact]
    public void The_hardheidsclausule_needs_an_article_in_the_profile()
    {
        var path = TestPaths.Profile("beemster");
        var yaml = File.ReadAllText(path).Replace("  hardheidsclausule:", "  geenHardheidsclausule:", StringComparison.Ordinal);
        yaml = string.Join('\n', yaml.Split('\n').Where(l => !l.Contains("artikel: artikel 14", StringComparison.Ordinal) && !l.Contains("wijktAfVan:", StringComparison.Ordinal) && !l.Contains("geenHardheidsclausule:", StringComparison.Ordinal)));
        var profile = ProfileReader.Read(yaml, path);
        Assert.Null(profile.Regeling.Hardheidsclausule);

        var error = Assert.Single(Compose(Examples.Case("verlenging-hardheidsclausule"), profile));

        Assert.Equal(("SMI1105", "$.verlenging.hardheidsclausule"), (error.Code, error.Location.JsonPath));
        Assert.Contains("regeling.hardheidsclausule", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Oude IJsselstreek 2020 art. 7 style: a clause that does not cover the duration cannot allow one more extension.</summary>
    [Fact]
    public void A_hardheidsclausule_that_does_not_cover_the_duration_cannot_allow_another_extension()
    {
        var path = TestPaths.Profile("beemster");
        var profile = ProfileReader.Read(File.ReadAllText(path).Replace("wijktAfVan: [alles]", "wijktAfVan: [inkomen, uren]", StringComparison.Ordinal), path);

        var error = Assert.Single(Compose(Examples.Case("verlenging-hardheidsclausule"), profile));

        Assert.Equal(("SMI1105", "$.verlenging.hardheidsclausule"), (error.Code, error.Location.JsonPath));
        Assert.Contains("does not cover the duration", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-05-31")]
    [InlineData("2026-01-15")]
    public void The_new_period_must_begin_after_the_earlier_one_ends(string begin)
    {
        var json = JsonNode.Parse(Example("verlenging-eerste"))!.AsObject();
        json["periode"]!["begin"] = begin;

        Assert.Equal([("SMI1022", "$.periode.begin")], Found(json.ToJsonString()));
    }

    [Fact]
    public void The_day_after_the_earlier_period_is_a_valid_begin()
    {
        var zaak = CaseReader.Read(Example("verlenging-eerste"), "zaak.json");

        Assert.Equal(zaak.Verlenging!.EerderBesluit.Periode.Eind.AddDays(1), zaak.Periode!.Begin);
    }

    [Fact]
    public void An_earlier_period_that_ends_before_it_begins_is_an_error()
    {
        var json = JsonNode.Parse(Example("verlenging-eerste"))!.AsObject();
        json["verlenging"]!["eerderBesluit"]!["periode"]!["eind"] = "2025-11-01";

        Assert.Equal([("SMI1011", "$.verlenging.eerderBesluit.periode.eind")], Found(json.ToJsonString()));
    }

    [Fact]
    public void A_verlenging_needs_its_block_and_no_refusal()
    {
        var zaak = Examples.Case("toekenning-een-kind-dagopvang");
        zaak = zaak with { Afwijzing = new Afwijzing([new Afwijzingsreden("niet-in-doelgroep", null)]) };

        Assert.Equal(
            [("SMI1101", "$.verlenging"), ("SMI1102", "$.afwijzing")],
            Compose(zaak, Examples.Voorbeeldstad).Select(e => (e.Code, e.Location.JsonPath)));
    }

    [Fact]
    public void An_extension_case_is_no_toekenning()
    {
        var error = Assert.Single(Assert.Throws<SmiDocsException>(() =>
            Examples.Composer.Compose(Examples.Case("verlenging-eerste"), Examples.Voorbeeldstad, "toekenning", "nl")).Diagnostics);

        Assert.Equal(("SMI1102", "$.verlenging"), (error.Code, error.Location.JsonPath));
    }

    [Fact]
    public void A_negative_extension_count_is_an_input_error()
    {
        var json = JsonNode.Parse(Example("verlenging-eerste"))!.AsObject();
        json["verlenging"]!["aantalEerdereVerlengingen"] = -1;

        Assert.Equal([("SMI1009", "$.verlenging.aantalEerdereVerlengingen")], Found(json.ToJsonString()));
    }

    [Fact]
    public void Hardheidsclausule_defaults_to_false()
    {
        var zaak = Examples.Case("verlenging-eerste");

        Assert.False(zaak.Verlenging!.Hardheidsclausule);
        Assert.Equal(1, zaak.Verlenging.Volgnummer);
    }

    [Theory]
    [InlineData("verlenging-eerste")]
    [InlineData("verlenging-hardheidsclausule")]
    public async Task Example_validates_against_the_json_schema(string name)
    {
        var schema = await JsonSchema.FromJsonAsync(RepositoryFiles.Read("schemas", "smi-case.schema.json"), TestContext.Current.CancellationToken);

        Assert.Empty(schema.Validate(Example(name)));
    }

    private static IReadOnlyList<Diagnostic> Compose(SmiCase zaak, MunicipalityProfile profile) =>
        Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(zaak, profile, "verlenging", "nl")).Diagnostics;
}
