using System.Text.Json.Nodes;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.Input;

/// <summary>One test per rule that compares values of a case (dates in order, IBAN, berekening).</summary>
public sealed class CaseReaderRuleTests
{
    [Fact]
    public void Period_ending_before_it_begins_is_reported_at_eind()
    {
        var json = Changed(root => root["periode"]!["eind"] = "2026-11-30");

        Assert.Equal([("SMI1011", "$.periode.eind")], Found(json));
    }

    [Fact]
    public void Child_born_after_the_decision_is_reported()
    {
        var json = Changed(root => Child(root, 1)["geboortedatum"] = "2026-11-21");

        Assert.Equal([("SMI1012", "$.kinderen[1].geboortedatum")], Found(json));
    }

    [Fact]
    public void Decision_before_the_application_is_reported_at_besluitdatum()
    {
        var json = Changed(root => root["aanvraagdatum"] = "2026-11-21");

        Assert.Equal([("SMI1013", "$.besluitdatum")], Found(json));
    }

    [Fact]
    public void Letter_sent_before_the_decision_is_reported()
    {
        var json = Changed(root => root["verzenddatum"] = "2026-11-19");

        Assert.Equal([("SMI1014", "$.verzenddatum")], Found(json));
    }

    [Fact]
    public void Case_without_children_is_reported()
    {
        var json = Changed(root =>
        {
            root["kinderen"] = new JsonArray();
            root.Remove("berekening");
        });

        Assert.Equal([("SMI1015", "$.kinderen")], Found(json));
    }

    [Fact]
    public void Payment_to_the_parent_needs_an_iban()
    {
        var json = Changed(root => root["betaling"]!.AsObject().Remove("iban"));

        Assert.Equal([("SMI1016", "$.betaling.iban")], Found(json));
    }

    [Theory]
    [InlineData("NL82 RABO 0312 3456 78")] // one check digit off
    [InlineData("NL81 RABO 0312 3456 87")] // two account digits swapped
    [InlineData("nl81rabo0312345678")]
    [InlineData("BE71 0961 2345 6769")]
    [InlineData("NL81 RABO 0312 3456")]
    public void Invalid_iban_is_reported(string iban)
    {
        var json = Changed(root => root["betaling"]!["iban"] = iban);

        Assert.Equal([("SMI1017", "$.betaling.iban")], Found(json));
    }

    [Fact]
    public void Valid_iban_is_accepted_with_or_without_groups()
    {
        var json = Changed(root => root["betaling"]!["iban"] = "NL81RABO0312345678");

        Assert.Equal("NL81RABO0312345678", Smi.Docs.Cases.CaseReader.Read(json, "zaak.json").Betaling!.Iban);
    }

    [Fact]
    public void Berekening_needs_one_entry_per_child()
    {
        var json = Changed(root => root["berekening"]!["kinderen"]!.AsArray().RemoveAt(1));

        var error = Assert.Single(Errors(json));

        Assert.Equal(("SMI1018", "$.berekening.kinderen"), (error.Code, error.Location.JsonPath));
        Assert.Equal("expected one entry per child (2), found 1", error.Message);
    }

    [Theory]
    [InlineData("2026-11")]
    [InlineData("2027-06")]
    public void Berekening_month_outside_the_period_is_reported(string maand)
    {
        var json = Changed(root => Maand(root, 1, 5)["maand"] = maand);

        Assert.Equal([("SMI1019", "$.berekening.kinderen[1].maanden[5].maand")], Found(json));
    }

    [Fact]
    public void Several_problems_in_one_file_are_reported_at_once()
    {
        var json = Changed(root =>
        {
            root.Remove("zaaknummer");
            root["aanvrager"]!["aanhef"] = "mw";
            Opvang(root, 1)["uurprijs"] = -10.40m;
            Child(root, 0)["geboortedatum"] = "2027-01-01";
            root["betaling"]!["iban"] = "NL00 RABO 0312 3456 78";
            Maand(root, 0, 0)["maand"] = "2026-10";
            root["opmerking"] = "—";
        });

        Assert.Equal(
            [
                ("SMI1002", "$.zaaknummer"),
                ("SMI1007", "$.aanvrager.aanhef"),
                ("SMI1009", "$.kinderen[1].opvang.uurprijs"),
                ("SMI1004", "$.opmerking"),
                ("SMI1012", "$.kinderen[0].geboortedatum"),
                ("SMI1017", "$.betaling.iban"),
                ("SMI1019", "$.berekening.kinderen[0].maanden[0].maand"),
            ],
            Found(json));
    }
}
