using System.Text.Json.Nodes;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.Input;

/// <summary>One test per kind of badly shaped case JSON: syntax, missing, type, unknown, format, range.</summary>
public sealed class CaseReaderShapeTests
{
    [Fact]
    public void Malformed_json_is_located_by_1_based_line_and_character_column()
    {
        // "ë" is two bytes in UTF-8: the column must count characters, not bytes.
        var json = "{\n  \"zaaknummer\": \"Zoë\", x\n}";

        var error = Assert.Single(Errors(json));

        Assert.Equal("SMI1001", error.Code);
        Assert.Equal((2, "  \"zaaknummer\": \"Zoë\", x".IndexOf('x') + 1), (error.Location.Line, error.Location.Column));
        Assert.Equal("zaak.json", error.Location.File);
    }

    [Theory]
    [InlineData("achternaam", "$.aanvrager.achternaam")]
    [InlineData("zaaknummer", "$.zaaknummer")]
    public void Missing_required_field_is_reported_at_its_own_path(string field, string path)
    {
        var json = Changed(root =>
        {
            if (!root.Remove(field))
            {
                root["aanvrager"]!.AsObject().Remove(field);
            }
        });

        Assert.Equal([("SMI1002", path)], Found(json));
    }

    [Fact]
    public void Null_or_empty_required_field_counts_as_missing()
    {
        var json = Changed(root =>
        {
            root["behandelaar"] = null;
            root["zaaknummer"] = "  ";
        });

        Assert.Equal([("SMI1002", "$.zaaknummer"), ("SMI1002", "$.behandelaar")], Found(json));
    }

    [Fact]
    public void Wrong_type_names_what_was_expected()
    {
        var json = Changed(root => Opvang(root, 0)["urenPerWeek"] = "21");

        var error = Assert.Single(Errors(json));

        Assert.Equal(("SMI1003", "$.kinderen[0].opvang.urenPerWeek"), (error.Code, error.Location.JsonPath));
        Assert.Equal("expected a number, found a string", error.Message);
    }

    [Fact]
    public void Unknown_field_is_reported_with_the_nearest_known_one()
    {
        var json = Changed(root => Opvang(root, 1)["uurpijs"] = 10.40m);

        var error = Assert.Single(Errors(json));

        Assert.Equal(("SMI1004", "$.kinderen[1].opvang.uurpijs"), (error.Code, error.Location.JsonPath));
        Assert.Equal("unknown field 'uurpijs'; did you mean 'uurprijs'?", error.Message);
    }

    [Fact]
    public void Duplicate_field_is_reported()
    {
        var json = Example(TwoChildren).Replace("\"zaaknummer\": \"SMI-2026-000452\",",
            "\"zaaknummer\": \"SMI-2026-000452\", \"zaaknummer\": \"SMI-2026-000453\",", StringComparison.Ordinal);

        Assert.Equal([("SMI1005", "$.zaaknummer")], Found(json));
    }

    [Theory]
    [InlineData("20-11-2026")]
    [InlineData("2026-02-30")]
    [InlineData("2026-11-20T10:00:00")]
    public void Unparsable_date_is_reported_and_rules_on_it_are_skipped(string besluitdatum)
    {
        // A fallback besluitdatum would be before the aanvraagdatum and the births: those rules must stay quiet.
        var json = Changed(root => root["besluitdatum"] = besluitdatum);

        Assert.Equal([("SMI1006", "$.besluitdatum")], Found(json));
    }

    [Fact]
    public void Unparsable_month_in_berekening_is_reported()
    {
        var json = Changed(root => Maand(root, 1, 2)["maand"] = "2027-13");

        Assert.Equal([("SMI1006", "$.berekening.kinderen[1].maanden[2].maand")], Found(json));
    }

    [Fact]
    public void Unknown_enum_value_lists_the_allowed_values()
    {
        var json = Changed(root => Opvang(root, 1)["soort"] = "naschoolse opvang");

        var error = Assert.Single(Errors(json));

        Assert.Equal(("SMI1007", "$.kinderen[1].opvang.soort"), (error.Code, error.Location.JsonPath));
        Assert.Equal("unknown value; expected one of 'dagopvang', 'bso', 'gastouderopvang'", error.Message);
    }

    [Fact]
    public void Number_that_does_not_fit_a_decimal_is_reported()
    {
        var json = Changed(root => Opvang(root, 0)["uurprijs"] = JsonNode.Parse("1e400"));

        Assert.Equal([("SMI1008", "$.kinderen[0].opvang.uurprijs")], Found(json));
    }

    [Theory]
    [InlineData("$.kinderen[0].opvang.urenPerMaand")]
    [InlineData("$.kinderen[1].opvang.uurprijs")]
    [InlineData("$.berekening.toetsingsinkomen")]
    [InlineData("$.berekening.kinderen[0].maanden[0].uren")]
    [InlineData("$.berekening.kinderen[0].maanden[1].uurprijs")]
    [InlineData("$.berekening.kinderen[1].maanden[2].percentage")]
    [InlineData("$.berekening.kinderen[1].maanden[3].gemeente")]
    [InlineData("$.berekening.kinderen[1].maanden[4].ouder")]
    public void Negative_hours_amounts_and_percentages_are_reported(string path)
    {
        var json = Changed(root => JsonPaths.Set(root, path, -1));

        Assert.Equal([("SMI1009", path)], Found(json));
    }

    [Theory]
    [InlineData("$.kinderen[0].opvang.dagenPerWeek", 8, "must be at most 7")]
    [InlineData("$.kinderen[1].opvang.urenPerWeek", 168.5, "must be at most 168")]
    [InlineData("$.berekening.kinderen[0].maanden[0].percentage", 101, "must be at most 100")]
    public void Values_above_their_physical_maximum_are_reported(string path, double value, string message)
    {
        var json = Changed(root => JsonPaths.Set(root, path, (decimal)value));

        var error = Assert.Single(Errors(json));

        Assert.Equal(("SMI1010", path, message), (error.Code, error.Location.JsonPath, error.Message));
    }

    [Fact]
    public void Root_that_is_not_an_object_is_reported_once()
    {
        Assert.Equal([("SMI1003", "$")], Found("[]"));
    }
}
