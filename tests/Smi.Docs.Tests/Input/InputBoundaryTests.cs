using System.Text;
using System.Text.Json.Nodes;
using Smi.Docs.Cases;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;
using Smi.Docs.Localization;
using Smi.Docs.Pipeline;
using Smi.Docs.Policy;
using Smi.Docs.Tests.EndToEnd;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.Input;

/// <summary>One test per class of issue 11's probes: each is refused with a located error, never thrown or echoed.</summary>
public sealed class InputBoundaryTests
{
    private const string Bso = "toekenning-berekend-bso";

    private static string ChangedExample(string name, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Example(name))!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    [Fact]
    public void Impossible_numbers_are_refused_at_their_path()
    {
        var json = Changed(root =>
        {
            Opvang(root, 0)["urenPerMaand"] = 1_000_000_000;
            Opvang(root, 1)["uurprijs"] = 100.01m;
            root["berekening"]!["toetsingsinkomen"] = 10_000_000.01m;
            Maand(root, 0, 2)["uren"] = 744.01m;
        });

        Assert.Equal(
            [
                ("SMI1010", "$.kinderen[0].opvang.urenPerMaand"),
                ("SMI1010", "$.kinderen[1].opvang.uurprijs"),
                ("SMI1010", "$.berekening.toetsingsinkomen"),
                ("SMI1010", "$.berekening.kinderen[0].maanden[2].uren"),
            ],
            Found(json));
    }

    [Fact]
    public void A_month_holds_no_more_hours_than_its_days_times_24()
    {
        // February 2027 has 28 days: 672 hours; 680 is within 744 but not within February.
        var json = Changed(root => Maand(root, 0, 2)["uren"] = 680);

        Assert.Equal([("SMI1032", "$.berekening.kinderen[0].maanden[2].uren")], Found(json));
    }

    [Fact]
    public void A_period_of_a_century_and_a_grant_of_nothing_are_refused()
    {
        var json = Changed(root =>
        {
            root["periode"]!["eind"] = "2099-12-31";
            Opvang(root, 0)["uurprijs"] = 0;
        });

        Assert.Equal(
            [("SMI1030", "$.periode.eind"), ("SMI1031", "$.kinderen[0].opvang.uurprijs")],
            Found(json).Where(f => f.Code != "SMI1019"));
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("9.455")]
    [InlineData("0.001")]
    public void More_than_two_decimals_are_refused_as_written(string number)
    {
        // 1e-400 parses as 0 and 9.455 prints as 9,46: what the letter shows would not be what it calculates.
        var json = Changed(root => Opvang(root, 0)["uurprijs"] = "@@").Replace("\"@@\"", number, StringComparison.Ordinal);

        var error = Assert.Single(Errors(json));

        Assert.Equal(("SMI1028", "$.kinderen[0].opvang.uurprijs"), (error.Code, error.Location.JsonPath));
        Assert.DoesNotContain(number, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_zeros_and_whole_numbers_are_not_too_precise()
    {
        var json = Changed(root => Opvang(root, 0)["uurprijs"] = "@@").Replace("\"@@\"", "9.4500", StringComparison.Ordinal);

        Assert.Equal(9.45m, CaseReader.Read(json, "zaak.json").Kinderen[0].Opvang.Uurprijs);
    }

    [Fact]
    public void Afbouw_steps_go_forward_inside_the_period_and_lower_the_days()
    {
        var json = ChangedExample(Bso, root => root["indicatie"]!["afbouw"] = new JsonArray(
            new JsonObject { ["vanaf"] = "2027-04-01", ["dagenPerWeek"] = 2 },
            new JsonObject { ["vanaf"] = "2027-03-01", ["dagenPerWeek"] = 1 },
            new JsonObject { ["vanaf"] = "2027-05-01", ["dagenPerWeek"] = 3 },
            new JsonObject { ["vanaf"] = "2027-07-01", ["dagenPerWeek"] = 1 }));

        Assert.Equal(
            [
                ("SMI1033", "$.indicatie.afbouw[1].vanaf"),
                ("SMI1035", "$.indicatie.afbouw[2].dagenPerWeek"),
                ("SMI1034", "$.indicatie.afbouw[3].vanaf"),
            ],
            Found(json));
    }

    [Fact]
    public void An_earlier_decision_comes_before_this_one()
    {
        var json = ChangedExample("verlenging-eerste", root => root["verlenging"]!["eerderBesluit"]!["datum"] = "2026-06-01");

        Assert.Equal([("SMI1036", "$.verlenging.eerderBesluit.datum")], Found(json));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2100-01-01")]
    [InlineData("1999-12-31")]
    public void Dates_outside_the_supported_years_are_located_errors_not_crashes(string date)
    {
        var json = Changed(root => root["periode"]!["eind"] = date);

        Assert.Equal([("SMI1029", "$.periode.eind")], Found(json));
    }

    [Fact]
    public void A_lone_surrogate_is_refused_escaped_or_raw()
    {
        var escaped = Changed(root => root["aanvrager"]!["achternaam"] = "@@").Replace("@@", "Jan\\ud800sen", StringComparison.Ordinal);
        var raw = Changed(root => root["aanvrager"]!["achternaam"] = "@@").Replace("@@", "Jan\ud800sen", StringComparison.Ordinal);

        Assert.Equal([("SMI1027", "$.aanvrager.achternaam")], Found(escaped));
        Assert.Equal("SMI1024", Assert.Single(Errors(raw)).Code);
    }

    [Theory]
    [InlineData("Jan\nsen")]
    [InlineData("Jan\u001b[31msen")]
    [InlineData("Jan\uFFFDsen")]
    public void Control_and_replacement_characters_are_refused_in_text(string name)
    {
        var error = Assert.Single(Errors(Changed(root => root["aanvrager"]!["achternaam"] = name)));

        Assert.Equal(("SMI1027", "$.aanvrager.achternaam"), (error.Code, error.Location.JsonPath));
    }

    [Fact]
    public void Texts_have_a_maximum_length()
    {
        var json = Changed(root =>
        {
            root["aanvrager"]!["achternaam"] = new string('a', 201);
            root["indicatie"]!["reden"] = new string('a', 4000);
            root["adres"]!["straat"] = new string('a', 200);
        });

        Assert.Equal([("SMI1026", "$.aanvrager.achternaam")], Found(json));
    }

    [Fact]
    public void Invalid_utf8_in_a_case_file_is_refused_with_its_line()
    {
        var path = Path.GetTempFileName();
        var bytes = Encoding.UTF8.GetBytes(Example(OneChild).Replace("\"Wit\"", "\"W@t\"", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'@')] = 0xFF;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => CaseReader.Load(path, "zaak.json")).Diagnostics);

        Assert.Equal("SMI1024", error.Code);
        Assert.Equal(9, error.Location.Line);
    }

    [Fact]
    public async Task Dev_zero_as_case_profile_or_logo_is_refused_after_the_budget()
    {
        var ct = TestContext.Current.CancellationToken;
        var profileWithLogo = Path.Combine(Path.GetTempPath(), $"dev-zero-logo-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(profileWithLogo, File.ReadAllText(TestPaths.Profile("voorbeeldstad")).Replace("logo: voorbeeldstad-logo.png", "logo: /dev/zero", StringComparison.Ordinal));
        var pipeline = DocumentPipeline.CreateBuilder(TestPaths.Templates).UseHtml().Build();

        var zaak = Assert.Throws<SmiDocsException>(() => CaseReader.Load("/dev/zero", "zero.json"));
        var profile = Assert.Throws<SmiDocsException>(() => ProfileReader.Load("/dev/zero"));
        var result = await pipeline.RenderAsync(new DocumentRequest(Examples.Case(OneChild), ProfileReader.Load(profileWithLogo), "toekenning", DocumentLanguage.Dutch), ct);

        Assert.Equal("SMI1023", Assert.Single(zaak.Diagnostics).Code);
        Assert.Equal("SMI2014", Assert.Single(profile.Diagnostics).Code);
        Assert.Empty(result.Files);
        Assert.Equal("SMI2020", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Deep_nesting_is_refused_before_parsing()
    {
        var json = Changed(root => root["opmerking"] = "@@").Replace("\"@@\"", new string('[', 5000) + new string(']', 5000), StringComparison.Ordinal);

        Assert.Equal("SMI1025", Assert.Single(Errors(json)).Code);
    }

    public static TheoryData<string> HostileKeys() =>
    [
        "opmerking\nzaak.json $.zaaknummer: error SMI1001: forged",
        "\u001b[2J\u001b[31mrood",
        "NL91ABNA0417164300",
        "Fatima Zahra Benali",
        new string('k', 1_000_000),
        "\ud800",
    ];

    [Theory]
    [MemberData(nameof(HostileKeys))]
    public void An_unknown_key_that_may_be_data_is_named_by_its_position(string key)
    {
        var json = Changed(root => root["aanvrager"]!["@@"] = 1).Replace("\"@@\"", JsonValue.Create(key)!.ToJsonString().Replace("\\uD800", "\\ud800", StringComparison.Ordinal), StringComparison.Ordinal);

        var error = Assert.Single(Errors(json));

        Assert.Equal(("SMI1004", "$.aanvrager.#4"), (error.Code, error.Location.JsonPath));
        Assert.Equal("an unknown field; remove it (docs/diagnostics.md and the schema list every field)", error.Message);
        Assert.True(error.ToString().Length < 200);
    }

    [Fact]
    public void An_unknown_key_that_is_a_short_token_is_named()
    {
        var error = Assert.Single(Errors(Changed(root => root["aanvrager"]!["roepnaam"] = "x")));

        Assert.Equal(("unknown field 'roepnaam'", "$.aanvrager.roepnaam"), (error.Message, error.Location.JsonPath));
    }

    [Fact]
    public void Profile_aliases_and_control_characters_are_refused()
    {
        var yaml = File.ReadAllText(TestPaths.Profile("voorbeeldstad"));
        var aliased = yaml.Replace("  naam: Voorbeeldstad ", "  naam: &n Voorbeeldstad ", StringComparison.Ordinal)
            .Replace("  telefoon: 14 099", "  telefoon: *n", StringComparison.Ordinal);
        var controlled = yaml.Replace("  telefoon: 14 099", "  telefoon: \"14\\u001b[31m099\"", StringComparison.Ordinal);

        var alias = Assert.Single(Assert.Throws<SmiDocsException>(() => ProfileReader.Read(aliased, TestPaths.Profile("voorbeeldstad"))).Diagnostics);
        var control = Assert.Single(Assert.Throws<SmiDocsException>(() => ProfileReader.Read(controlled, TestPaths.Profile("voorbeeldstad"))).Diagnostics);

        Assert.Equal(("SMI2016", 14), (alias.Code, alias.Location.Line));
        Assert.Equal(("SMI2018", "gemeente.telefoon"), (control.Code, control.Location.JsonPath));
    }

    [Fact]
    public void Xliff_with_a_dtd_is_refused_and_nothing_outside_is_read()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "geheim");
        var xliff = Path.Combine(Path.GetTempPath(), $"xxe-{Guid.NewGuid():N}.xlf");
        File.WriteAllText(xliff, $"""
            <?xml version="1.0"?>
            <!DOCTYPE xliff [ <!ENTITY x SYSTEM "file://{secret}"> ]>
            <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="nl" trgLang="en"><file id="f" original="x">&x;</file></xliff>
            """);

        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => new XliffImporter(TestPaths.Root).Import(xliff)).Diagnostics);

        Assert.Equal(("SMI10033", 2), (error.Code, error.Location.Line));
        Assert.DoesNotContain("geheim", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_message_carries_a_control_character_even_from_elsewhere()
    {
        var diagnostic = Diagnostic.Error(CaseCodes.Input.All[0], "a\nb\u001b[31m" + new string('x', 5000), new SourceLocation("zaak\n.json"));

        Assert.DoesNotContain(diagnostic.ToString(), char.IsControl);
        Assert.True(diagnostic.ToString().Length < 1100);
    }
}
