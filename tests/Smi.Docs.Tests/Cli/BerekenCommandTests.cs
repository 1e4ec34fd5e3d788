using System.Text.Json;
using System.Text.Json.Nodes;

namespace Smi.Docs.Tests.Cli;

public sealed class BerekenCommandTests
{
    private static readonly string Profile = TestPaths.Profile("voorbeeldstad");

    [Fact]
    public async Task Prints_the_table_totals_deadlines_and_explanation()
    {
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("bereken", TestPaths.Case("toekenning-berekend-bso"), "--profile", Profile);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Contains("Totaal: gemeente € 2.516,02, ouder € 432,38", stdout.Replace('\u00A0', ' '));
        Assert.Contains("einde bezwaartermijn       2026-12-31", stdout);
        Assert.Contains("Voor Zofia betalen wij 96% van de kosten.", stdout);
    }

    [Fact]
    public async Task Json_output_carries_every_month_and_the_deadlines()
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync("bereken", TestPaths.Case("toekenning-berekend-bso"), "--profile", Profile, "--json");

        Assert.Equal(0, exitCode);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal(6, json["berekening"]!["kinderen"]![0]!["maanden"]!.AsArray().Count);
        Assert.Equal(2516.02m, json["berekening"]!["totaalGemeente"]!.GetValue<decimal>());
        Assert.Equal("2026-12-31", json["termijnen"]!["eindeBezwaartermijn"]!["einde"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_income_in_a_row_the_source_does_not_give_is_refused_as_bad_input()
    {
        // 2025, row 19: the percentage is 'onbekend' (not confirmed by a source), so we never guess it.
        var ct = TestContext.Current.CancellationToken;
        var json = JsonNode.Parse(await File.ReadAllTextAsync(TestPaths.Case("toekenning-berekend-bso"), ct))!;
        json["toetsingsinkomen"] = 50812;
        json["periode"] = JsonNode.Parse("""{ "begin": "2025-03-01", "eind": "2025-08-31" }""");
        json["indicatie"]!.AsObject().Remove("afbouw");
        var caseFile = CliRunner.TempDirectory() + "-rij19.json";
        await File.WriteAllTextAsync(caseFile, json.ToJsonString(), ct);

        var (exitCode, _, stderr) = await CliRunner.RunAsync("bereken", caseFile, "--profile", Profile);

        Assert.Equal(2, exitCode);
        // Located in the case file by name (not "case"), naming the table file and row, never the income.
        Assert.Contains(Path.GetFileName(caseFile) + " $.toetsingsinkomen: error SMI5102:", stderr);
        Assert.Contains("row 19 of the table for 2025 (data/tables/kot_percentages_2025.csv)", stderr);
        Assert.DoesNotContain("50812", stderr);
    }

    [Fact]
    public async Task Two_children_in_2026_compute_with_the_second_child_percentage()
    {
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("bereken", TestPaths.Case("toekenning-twee-kinderen-ouder"), "--profile", Profile);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("SMI52", stderr);
        Assert.Contains("Totaal: gemeente", stdout);
    }

    [Fact]
    public async Task A_municipal_berekening_that_does_not_add_up_is_rendered_with_a_warning()
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(TestPaths.Case("toekenning-een-kind-dagopvang"), TestContext.Current.CancellationToken))!;
        json["berekening"]!["kinderen"]![0]!["maanden"]![2]!["gemeente"] = 900.00m;
        var caseFile = CliRunner.TempDirectory() + "-case.json";
        await File.WriteAllTextAsync(caseFile, json.ToJsonString(), TestContext.Current.CancellationToken);
        var output = CliRunner.TempDirectory();

        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", caseFile, "--profile", Profile, "--doc", "toekenning", "--format", "html", "--out", output, "--templates", TestPaths.Templates);

        Assert.Equal(0, exitCode);
        Assert.Contains("$.berekening.kinderen[0].maanden[2]", stderr);
        Assert.Contains("warning SMI5201:", stderr);
        // The case's amount stays out of the message; the file name (a random folder) may hold any digits, so leave it out.
        Assert.DoesNotContain("900", stderr.Replace(caseFile, "", StringComparison.Ordinal).Replace(Path.GetFileName(caseFile), "", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "toekenning.nl.html")));
    }

    [Fact]
    public async Task A_verlenging_whose_own_berekening_does_not_add_up_is_rendered_with_a_warning_like_a_toekenning()
    {
        // The extension's berekening is our own calculation of it (bereken --json) written as a case block, with one
        // month's municipal share changed: only that month may be warned about.
        var ct = TestContext.Current.CancellationToken;
        var casePath = TestPaths.Case("verlenging-eerste");
        var (_, calculation, _) = await CliRunner.RunAsync("bereken", casePath, "--profile", Profile, "--json");
        var ours = JsonNode.Parse(calculation)!["berekening"]!;
        var berekening = new JsonObject
        {
            ["jaar"] = ours["jaar"]!.GetValue<int>(),
            ["toetsingsinkomen"] = ours["toetsingsinkomen"]!.GetValue<decimal>(),
            ["kinderen"] = new JsonArray(ours["kinderen"]!.AsArray().Select(kind => (JsonNode)new JsonObject
            {
                ["maanden"] = new JsonArray(kind!["maanden"]!.AsArray().Select(m => (JsonNode)new JsonObject
                {
                    ["maand"] = $"{m!["jaar"]!.GetValue<int>():D4}-{m["maand"]!.GetValue<int>():D2}",
                    ["uren"] = m["urenAfgenomen"]!.GetValue<decimal>(),
                    ["uurprijs"] = m["uurprijs"]!.GetValue<decimal>(),
                    ["maximumUurprijs"] = m["maximumUurprijs"]!.GetValue<decimal>(),
                    ["percentage"] = m["percentage"]!.GetValue<decimal>(),
                    ["gemeente"] = m["gemeente"]!.GetValue<decimal>(),
                    ["ouder"] = m["ouder"]!.GetValue<decimal>(),
                }).ToArray()),
            }).ToArray()),
        };
        var json = JsonNode.Parse(await File.ReadAllTextAsync(casePath, ct))!;
        json["berekening"] = berekening;
        var agreeing = CliRunner.TempDirectory() + "-agrees.json";
        await File.WriteAllTextAsync(agreeing, json.ToJsonString(), ct);
        json["berekening"]!["kinderen"]![0]!["maanden"]![2]!["gemeente"] = 900.00m;
        var differing = CliRunner.TempDirectory() + "-differs.json";
        await File.WriteAllTextAsync(differing, json.ToJsonString(), ct);

        var (agreeingExit, _, agreeingErrors) = await CliRunner.RunAsync("render", agreeing, "--profile", Profile, "--doc", "verlenging", "--format", "html", "--out", CliRunner.TempDirectory(), "--templates", TestPaths.Templates);
        var output = CliRunner.TempDirectory();
        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", differing, "--profile", Profile, "--doc", "verlenging", "--format", "html", "--out", output, "--templates", TestPaths.Templates);

        Assert.Equal(0, agreeingExit);
        Assert.DoesNotContain("SMI520", agreeingErrors);
        Assert.Equal(0, exitCode);
        Assert.Contains("$.berekening.kinderen[0].maanden[2]", stderr);
        Assert.Contains("warning SMI5201:", stderr);
        // The case's amount stays out of the message; the file name (a random folder) may hold any digits, so leave it out.
        Assert.DoesNotContain("900", stderr.Replace(differing, "", StringComparison.Ordinal).Replace(Path.GetFileName(differing), "", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "verlenging.nl.html")));
    }
}
