using System.Text.Json.Nodes;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Tests.EndToEnd;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.Composition;

/// <summary>Each document says which case blocks it needs and which contradict it; problems are located SMI11xx errors.</summary>
public sealed class DocumentRequirementsTests
{
    [Fact]
    public void A_toekenning_needs_its_period_but_not_its_amounts_which_the_calculator_makes()
    {
        var json = JsonNode.Parse(Example(OneChild))!.AsObject();
        json.Remove("periode");
        json.Remove("berekening");
        var zaak = CaseReader.Read(json.ToJsonString(), "zaak.json");

        var errors = Compose(zaak, "toekenning");

        Assert.Equal([("SMI1101", "$.periode")], errors.Select(e => (e.Code, e.Location.JsonPath)));
        Assert.All(errors, e => Assert.Equal("zaak.json", e.Location.File));
        Assert.Equal("'periode' is required for document 'toekenning'", errors[0].Message);
    }

    [Fact]
    public void Reasons_do_not_belong_in_a_toekenning()
    {
        var json = JsonNode.Parse(Example(OneChild))!.AsObject();
        json["afwijzing"] = JsonNode.Parse("""{ "redenen": [ { "code": "niet-in-doelgroep" } ] }""");

        var errors = Compose(CaseReader.Read(json.ToJsonString(), "zaak.json"), "toekenning");

        Assert.Equal([("SMI1102", "$.afwijzing")], errors.Select(e => (e.Code, e.Location.JsonPath)));
    }

    [Fact]
    public void An_afwijzing_needs_reasons_and_has_no_period_payee_or_amounts()
    {
        var errors = Compose(Examples.Case(OneChild), "afwijzing");

        Assert.Equal(
            [("SMI1101", "$.afwijzing"), ("SMI1102", "$.periode"), ("SMI1102", "$.betaling"), ("SMI1102", "$.berekening")],
            errors.Select(e => (e.Code, e.Location.JsonPath)));
    }

    [Fact]
    public void An_income_refusal_needs_a_profile_whose_regulation_has_an_income_test()
    {
        // Basislijn 5: no income test. Voorbeeldstad follows it, so it cannot refuse on income.
        var zaak = CaseReader.Read(AfwijzingCases.WithReasons(("niet-in-doelgroep", null), ("inkomen-boven-grens", null)), "zaak.json");

        var error = Assert.Single(Compose(zaak, "afwijzing"));

        Assert.Equal(("SMI1103", "$.afwijzing.redenen[1].code"), (error.Code, error.Location.JsonPath));
        Assert.Contains("regeling.artikelen.inkomen", error.Message, StringComparison.Ordinal);
        Assert.NotNull(Examples.Composer.Compose(zaak, Examples.VoorbeeldstadMetInkomenstoets("artikel 6"), "afwijzing", "nl"));
    }

    private static IReadOnlyList<Diagnostic> Compose(SmiCase zaak, string documentId) =>
        Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(zaak, Examples.Voorbeeldstad, documentId, "nl")).Diagnostics;
}
