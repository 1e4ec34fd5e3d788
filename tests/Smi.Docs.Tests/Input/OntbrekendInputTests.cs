using System.Text.Json.Nodes;
using NJsonSchema;
using Smi.Docs.Cases;
using Smi.Docs.Catalogues;
using Smi.Docs.Diagnostics;
using Smi.Docs.Tests.EndToEnd;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.Input;

/// <summary>The ontbrekend block of case JSON: codes from the catalogue, at least one item, each once (Awb 4:5).</summary>
public sealed class OntbrekendInputTests
{
    [Fact]
    public void Unknown_code_is_located_and_lists_the_valid_codes()
    {
        var json = OntbrekendeGegevensCases.WithItems(("handtekening", null), ("uittreksel-kvk", "geheim"));

        var error = Assert.Single(Errors(json));

        Assert.Equal(("SMI1007", "$.ontbrekend.items[1].code"), (error.Code, error.Location.JsonPath));
        Assert.All(OntbrekendeGegevensCatalogus.Standaard.Codes, code => Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal));
        Assert.DoesNotContain("kvk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_list_of_items_is_a_located_error()
    {
        Assert.Equal([(CaseCodes.GeenOntbrekendeItems.Id, "$.ontbrekend.items")], Found(OntbrekendeGegevensCases.WithItems()));
    }

    [Fact]
    public void Missing_list_of_items_is_a_missing_field_only()
    {
        var json = OntbrekendeGegevensCases.Changed(r => r["ontbrekend"] = new JsonObject());

        Assert.Equal([("SMI1002", "$.ontbrekend.items")], Found(json));
    }

    [Fact]
    public void The_same_item_twice_is_an_error_at_the_second()
    {
        var json = OntbrekendeGegevensCases.WithItems(("identiteit", null), ("kopie-bankpas", null), ("identiteit", "x"));

        Assert.Equal([(CaseCodes.OntbrekendItemDubbel.Id, "$.ontbrekend.items[2].code")], Found(json));
    }

    [Fact]
    public void Example_reads_with_its_items_and_without_decision_blocks()
    {
        var zaak = Examples.Case(OntbrekendeGegevensCases.Example);

        Assert.Equal(["inkomensgegevens", "contract-of-offerte-kinderopvang", "verklaring-zorgverlener"], zaak.Ontbrekend!.Items.Select(i => i.Code));
        Assert.NotNull(zaak.Ontbrekend.Items[0].Toelichting);
        Assert.Null(zaak.Ontbrekend.Items[1].Toelichting);
        Assert.Null(zaak.Afwijzing);
        Assert.Null(zaak.Berekening);
    }

    [Fact]
    public async Task Example_validates_and_schema_lists_exactly_the_catalogue_codes()
    {
        var text = RepositoryFiles.Read("schemas", "smi-case.schema.json");
        var schema = await JsonSchema.FromJsonAsync(text, TestContext.Current.CancellationToken);
        var codes = JsonNode.Parse(text)!["properties"]!["ontbrekend"]!["properties"]!["items"]!["items"]!["properties"]!["code"]!["enum"]!
            .AsArray().Select(c => c!.GetValue<string>());

        Assert.Empty(schema.Validate(Example(OntbrekendeGegevensCases.Example)));
        Assert.Equal(OntbrekendeGegevensCatalogus.Standaard.Codes, codes);
        Assert.NotEmpty(schema.Validate(OntbrekendeGegevensCases.WithItems(("onbekend", null))));
        Assert.NotEmpty(schema.Validate(OntbrekendeGegevensCases.WithItems()));
        Assert.NotEmpty(schema.Validate(OntbrekendeGegevensCases.Changed(r => r["berekening"] = JsonNode.Parse(Example(OneChild))!["berekening"]!.DeepClone())));
    }

    [Fact]
    public async Task Schema_lets_a_refusal_keep_the_list_that_was_not_completed()
    {
        // A refusal may come from a case record that once had a hersteltermijn letter; the afwijzing ignores the block.
        var schema = await JsonSchema.FromJsonAsync(RepositoryFiles.Read("schemas", "smi-case.schema.json"), TestContext.Current.CancellationToken);
        var refusal = JsonNode.Parse(Example("afwijzing-voorliggende-voorziening"))!.AsObject();
        refusal["ontbrekend"] = JsonNode.Parse(Example(OntbrekendeGegevensCases.Example))!["ontbrekend"]!.DeepClone();

        Assert.Empty(schema.Validate(refusal.ToJsonString()));
    }
}
