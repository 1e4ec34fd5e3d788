using System.Text.Json.Nodes;
using NJsonSchema;
using Smi.Docs.Catalogues;
using Smi.Docs.Tests.EndToEnd;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.Input;

/// <summary>The afwijzing block of case JSON: codes from the catalogue, at least one reason, each once.</summary>
public sealed class AfwijzingInputTests
{
    [Fact]
    public void Unknown_code_is_located_and_lists_the_valid_codes()
    {
        var json = AfwijzingCases.WithReasons(("voorliggende-voorziening-kot", null), ("voorliggende-voorziening-kinderbijslag", null));

        var error = Assert.Single(Errors(json));

        Assert.Equal(("SMI1007", "$.afwijzing.redenen[1].code"), (error.Code, error.Location.JsonPath));
        Assert.All(AfwijzingsgrondenCatalogus.Standaard.Codes, code => Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal));
        Assert.DoesNotContain("kinderbijslag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_list_of_reasons_is_an_error()
    {
        Assert.Equal([("SMI1020", "$.afwijzing.redenen")], Found(AfwijzingCases.WithReasons()));
    }

    [Fact]
    public void Missing_list_of_reasons_is_a_missing_field_only()
    {
        var json = JsonNode.Parse(AfwijzingCases.WithReasons())!.AsObject();
        json["afwijzing"] = new JsonObject();

        Assert.Equal([("SMI1002", "$.afwijzing.redenen")], Found(json.ToJsonString()));
    }

    [Fact]
    public void The_same_reason_twice_is_an_error_at_the_second()
    {
        var json = AfwijzingCases.WithReasons(("niet-in-doelgroep", null), ("geen-lrk-registratie", null), ("niet-in-doelgroep", "x"));

        Assert.Equal([("SMI1021", "$.afwijzing.redenen[2].code")], Found(json));
    }

    [Fact]
    public void Unknown_field_in_a_reason_is_reported_with_a_suggestion()
    {
        var json = JsonNode.Parse(AfwijzingCases.WithReasons(("niet-in-doelgroep", null)))!.AsObject();
        json["afwijzing"]!["redenen"]![0]!["toelichtng"] = "x";

        var error = Assert.Single(Errors(json.ToJsonString()));

        Assert.Equal(("SMI1004", "$.afwijzing.redenen[0].toelichtng"), (error.Code, error.Location.JsonPath));
        Assert.Contains("did you mean 'toelichting'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_reads_with_its_reasons_and_without_grant_blocks()
    {
        var zaak = Examples.Case("afwijzing-meerdere-redenen");

        Assert.Equal(["netwerk-kan-opvang-bieden", "voorliggende-voorziening-jeugdwet"], zaak.Afwijzing!.Redenen.Select(r => r.Code));
        Assert.NotNull(zaak.Afwijzing.Redenen[0].Toelichting);
        Assert.Null(zaak.Afwijzing.Redenen[1].Toelichting);
        Assert.Null(zaak.Periode);
        Assert.Null(zaak.Betaling);
        Assert.Null(zaak.Berekening);
        Assert.Equal("afwijzing-meerdere-redenen.json", zaak.SourceFile);
    }

    [Theory]
    [InlineData("afwijzing-voorliggende-voorziening")]
    [InlineData("afwijzing-meerdere-redenen")]
    public async Task Example_validates_against_the_json_schema(string name)
    {
        var schema = await JsonSchema.FromJsonAsync(RepositoryFiles.Read("schemas", "smi-case.schema.json"), TestContext.Current.CancellationToken);

        Assert.Empty(schema.Validate(Example(name)));
    }

    [Fact]
    public async Task Schema_lists_exactly_the_catalogue_codes_and_refuses_a_refusal_with_amounts()
    {
        var text = RepositoryFiles.Read("schemas", "smi-case.schema.json");
        var schema = await JsonSchema.FromJsonAsync(text, TestContext.Current.CancellationToken);
        var codes = JsonNode.Parse(text)!["definitions"]!["afwijzing"]!["properties"]!["redenen"]!["items"]!["properties"]!["code"]!["enum"]!
            .AsArray().Select(c => c!.GetValue<string>());
        var withAmounts = JsonNode.Parse(Example("afwijzing-voorliggende-voorziening"))!.AsObject();
        withAmounts["berekening"] = JsonNode.Parse(Example(OneChild))!["berekening"]!.DeepClone();

        Assert.Equal(AfwijzingsgrondenCatalogus.Standaard.Codes, codes);
        Assert.NotEmpty(schema.Validate(withAmounts.ToJsonString()));
        Assert.NotEmpty(schema.Validate(AfwijzingCases.WithReasons(("onbekend", null))));
        Assert.NotEmpty(schema.Validate(AfwijzingCases.WithReasons()));
    }
}
