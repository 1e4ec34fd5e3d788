using System.Text.Json;
using System.Text.Json.Nodes;
using Smi.Docs.Tests.Cli;
using static Smi.Docs.Tests.Batch.BatchFixture;

namespace Smi.Docs.Tests.Batch;

/// <summary><c>smi-docs batch</c> as a municipality runs it: many cases, some bad, one report, an index, the exit code.</summary>
public sealed class BatchCommandTests
{
    [Fact]
    public async Task A_folder_of_cases_makes_every_good_one_and_reports_the_bad_ones_without_stopping()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, stdout, _) = await Batch(Path.Combine(TestPaths.Root, "examples", "cases"), output, "--doc", "toekenning", "--format", "html");

        // Every example whose name says toekenning is a valid grant; the others lack a grant's blocks.
        var grants = Directory.GetFiles(Path.Combine(TestPaths.Root, "examples", "cases"), "toekenning*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        var all = Directory.GetFiles(Path.Combine(TestPaths.Root, "examples", "cases"), "*.json").Length;
        Assert.Equal(1, exitCode);
        Assert.Contains($"{all} items: {grants.Count} made, 0 already made, {all - grants.Count} failed", stdout);
        Assert.Equal(grants, Directory.GetDirectories(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "rapport.json")))!;
        Assert.Equal(all - grants.Count, report["mislukt"]!.GetValue<int>());
        Assert.All(report["fouten"]!.AsArray(), f => Assert.NotEmpty(f!["meldingen"]!.AsArray()));
        var refusal = report["fouten"]!.AsArray().Single(f => f!["item"]!.GetValue<string>() == "afwijzing-voorliggende-voorziening")!;
        Assert.Contains(refusal["meldingen"]!.AsArray(), m => m!["code"]!.GetValue<string>() == "SMI1101" && m["pad"]!.GetValue<string>() == "$.periode");
    }

    [Fact]
    public async Task The_index_lists_every_file_with_its_kenmerk_and_the_hash_of_what_is_on_disk()
    {
        var output = CliRunner.TempDirectory();
        var input = JsonLines(Case(TestPaths.ToekenningCases[0], 1), Case(TestPaths.ToekenningCases[1], 2));

        var (exitCode, _, _) = await Batch(input, output, "--doc", "toekenning", "--format", "html,docx");

        Assert.Equal(0, exitCode);
        var rows = Index(output);
        Assert.Equal(
            [("SMI-2026-000001", "regel-1/toekenning.nl.html"), ("SMI-2026-000001", "regel-1/toekenning.nl.docx"), ("SMI-2026-000002", "regel-2/toekenning.nl.html"), ("SMI-2026-000002", "regel-2/toekenning.nl.docx")],
            rows.Select(r => (r[0], r[3])));
        Assert.All(rows, r => Assert.Equal(Sha256(Path.Combine(output, r[3])), r[5]));
        Assert.All(rows, r => Assert.Equal(("toekenning", "nl"), (r[1], r[2])));
    }

    [Fact]
    public async Task Envelopes_mix_documents_and_languages_in_one_batch()
    {
        var output = CliRunner.TempDirectory();
        var input = JsonLines(
            Envelope("toekenning", "nl", Case(TestPaths.ToekenningCases[0], 1)),
            Envelope("toekenning", "ar", Case(TestPaths.ToekenningCases[0], 2)),
            Envelope("afwijzing", "en", Case("afwijzing-meerdere-redenen", 3)));

        var (exitCode, _, _) = await Batch(input, output, "--format", "html");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            ["regel-1/toekenning.nl.html", "regel-2/toekenning.ar.html", "regel-3/afwijzing.en.html"],
            Index(output).Select(r => r[3]));
        Assert.Contains("dir=\"rtl\"", File.ReadAllText(Path.Combine(output, "regel-2", "toekenning.ar.html")));
    }

    [Fact]
    public async Task Each_bad_item_is_located_in_its_own_line_and_the_rest_is_made()
    {
        var output = CliRunner.TempDirectory();
        var input = JsonLines(
            Case(TestPaths.ToekenningCases[0], 1),                                                   // 1: fine
            "{ this is not json",                                                                     // 2: the case reader's syntax error
            null,                                                                                     // 3: blank, skipped
            Envelope("toekenning", "nl", Case(TestPaths.ToekenningCases[0], 4, c => c["periode"]!["eind"] = "2020-01-01")), // 4: inside the envelope
            """{"document": "toekenning", "zaak": {}, "extra": 1}""",                                 // 5: envelope key
            Envelope("toekenning", "xx", Case(TestPaths.ToekenningCases[0], 6)),                     // 6: unknown language
            Case(TestPaths.ToekenningCases[1], 7));                                                  // 7: fine

        var (exitCode, stdout, _) = await Batch(input, output, "--doc", "toekenning", "--format", "html");

        Assert.Equal(1, exitCode);
        Assert.Contains("6 items: 2 made, 0 already made, 4 failed", stdout);
        var failures = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "rapport.json")))!["fouten"]!.AsArray()
            .ToDictionary(f => f!["bron"]!.GetValue<string>(), f => f!["meldingen"]!.AsArray().Select(m => (m!["code"]!.GetValue<string>(), m["pad"]?.GetValue<string>())).ToList());
        Assert.Equal(["zaken.jsonl:2", "zaken.jsonl:4", "zaken.jsonl:5", "zaken.jsonl:6"], failures.Keys);
        Assert.StartsWith("SMI1", failures["zaken.jsonl:2"].Single().Item1);
        Assert.Contains(failures["zaken.jsonl:4"], d => d.Item2!.StartsWith("$.zaak.periode", StringComparison.Ordinal));
        Assert.Equal([("SMI4015", "$.extra")], failures["zaken.jsonl:5"]);
        Assert.Equal("SMI4001", failures["zaken.jsonl:6"].Single().Item1);
        Assert.Equal(["regel-1", "regel-7"], Directory.GetDirectories(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var csv = File.ReadAllLines(Path.Combine(output, "rapport.csv"));
        Assert.Equal("item,bron,kenmerk,document,taal,code,ernst,pad,bericht", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("regel-5,zaken.jsonl:5,,toekenning,nl,SMI4015,fout,$.extra,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_item_made_with_warnings_is_in_the_report_as_well()
    {
        var output = CliRunner.TempDirectory();
        // The case's own berekening pays less than ours in the first month: the letter is made, with SMI5202.
        var input = JsonLines(Case(TestPaths.ToekenningCases[0], 1, c =>
        {
            c["berekening"]!["kinderen"]![0]!["maanden"]![0]!["gemeente"] = 900.00m;
            c["berekening"]!["kinderen"]![0]!["maanden"]![0]!["ouder"] = 178.35m;
        }));

        var (exitCode, stdout, _) = await Batch(input, output, "--doc", "toekenning", "--format", "html");

        Assert.Equal(0, exitCode);
        Assert.Contains("1 made with warnings", stdout);
        var warning = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "rapport.json")))!["waarschuwingen"]![0]!["meldingen"]![0]!;
        Assert.Equal(("SMI5202", "waarschuwing", "$.berekening.kinderen[0].maanden[0]"),
            (warning["code"]!.GetValue<string>(), warning["ernst"]!.GetValue<string>(), warning["pad"]!.GetValue<string>()));
        Assert.Single(Index(output));
    }

    [Fact]
    public void Progress_says_how_far_how_fast_and_how_long_still()
    {
        var line = Smi.Docs.Cli.BatchProgressDisplay.Line(new Smi.Docs.Batch.BatchProgress(10_000, 1_100, 100, 3, TimeSpan.FromSeconds(10)));

        // 1,203 done in 10 s is 120.3 per second; 8,797 left at that rate is 73 s.
        Assert.Equal("1203/10000 (12%), 120.3 per second, 1 min 13 s left, 3 failed", line);
    }

    [Fact]
    public async Task Without_a_terminal_progress_comes_as_plain_lines_ending_with_the_totals()
    {
        var (_, _, stderr) = await Batch(Grants(3), CliRunner.TempDirectory(), "--doc", "toekenning", "--format", "html");

        Assert.Matches(@"^3/3 \(100%\), [0-9.]+ per second, 0 failed$", stderr.Trim().Split('\n')[^1]);
    }

    [Fact]
    public async Task A_plain_case_needs_a_document_from_the_batch_or_its_envelope()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, _, _) = await Batch(JsonLines(Case(TestPaths.ToekenningCases[0], 1)), output, "--format", "html");

        Assert.Equal(1, exitCode);
        var failure = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "rapport.json")))!["fouten"]![0]!;
        Assert.Equal("SMI4016", failure["meldingen"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_report_holds_codes_and_paths_but_no_value_from_the_cases()
    {
        var output = CliRunner.TempDirectory();
        string[] secrets = ["Qwxyzbergh", "Vlinderstraat-Zuidoost", "9999 ZZ", "Onderzoek naar een zeldzame ziekte"];
        var input = JsonLines(
            Case(TestPaths.ToekenningCases[0], 1, c =>
            {
                c["aanvrager"]!["achternaam"] = secrets[0];
                c["adres"]!["straat"] = secrets[1];
                c["adres"]!["postcode"] = secrets[2];
                c["indicatie"]!["reden"] = secrets[3];
                c["periode"]!["eind"] = "2020-01-01";
                c["kinderen"]![0]!["opvang"]!["uurprijs"] = -4;
            }));

        var (exitCode, stdout, stderr) = await Batch(input, output, "--doc", "toekenning", "--format", "html");

        Assert.Equal(1, exitCode);
        var written = string.Join('\n', new[] { "rapport.json", "rapport.csv", "index.csv" }.Select(f => File.ReadAllText(Path.Combine(output, f)))) + stdout + stderr;
        Assert.Contains("SMI", written);
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, written, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_batch_that_cannot_start_writes_nothing_and_exits_2()
    {
        var output = CliRunner.TempDirectory();

        Assert.Equal(2, (await Batch(Path.Combine(output, "missing.jsonl"), output, "--doc", "toekenning")).ExitCode);
        Assert.Equal(2, (await Batch(Grants(1), output, "--doc", "geen-document")).ExitCode);
        Assert.Equal(2, (await Batch(Grants(1), output, "--doc", "toekenning", "--lang", "xx")).ExitCode);
        Assert.False(Directory.Exists(output));
    }

    internal static Task<(int ExitCode, string Output, string Error)> Batch(string input, string output, params string[] more) =>
        CliRunner.RunAsync(["batch", input, "--profile", TestPaths.Profile(Profile), "--out", output, "--templates", TestPaths.Templates, .. more]);
}
