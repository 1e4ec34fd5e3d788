using System.Globalization;
using System.Text.RegularExpressions;
using Smi.Docs.Diagnostics;
using Smi.Docs.Templating;

namespace Smi.Docs.Tests.Cli;

public sealed class RenderCommandTests
{
    private static readonly string Profile = TestPaths.Profile("voorbeeldstad");
    private static readonly string OneChild = TestPaths.Case("toekenning-een-kind-dagopvang");

    [Fact]
    public async Task Renders_the_toekenning_as_html_into_the_out_directory()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("render", OneChild, "--profile", Profile, "--doc", "toekenning", "--lang", "nl", "--format", "html", "--out", output, "--templates", TestPaths.Templates);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var file = Path.Combine(output, "toekenning.nl.html");
        Assert.Equal(file, stdout.Trim());
        Assert.Contains("U krijgt een vergoeding voor kinderopvang", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_help_lists_every_document_language_from_the_one_list()
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync("render", "--help");

        Assert.Equal(0, exitCode);
        // The help text wraps in a narrow console: compare with the line breaks and indents taken out.
        var help = Regex.Replace(stdout, @"\s+", " ");
        Assert.All(Smi.Docs.Formatting.DocumentLanguage.All, language => Assert.Contains($"{language.Code} {language.DisplayName}", help));
    }

    [Fact]
    public async Task Renders_a_blank_form_without_a_case()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("render", "--profile", Profile, "--doc", "aanvraagformulier", "--format", "html", "--out", output, "--templates", TestPaths.Templates);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Equal(Path.Combine(output, "aanvraagformulier.nl.html"), stdout.Trim());
    }

    [Fact]
    public async Task Renders_the_publiekstekst_from_the_profile_alone()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("render", "--profile", TestPaths.Profile("beemster"), "--doc", "publiekstekst", "--format", "html", "--out", output, "--templates", TestPaths.Templates);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var file = Path.Combine(output, "publiekstekst.nl.html");
        Assert.Equal(file, stdout.Trim());
        Assert.Contains("Wat is SMI?", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_publiekstekst_with_a_case_is_bad_input_and_writes_nothing()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", OneChild, "--profile", Profile, "--doc", "publiekstekst", "--format", "html", "--out", output, "--templates", TestPaths.Templates);

        Assert.Equal(2, exitCode);
        Assert.Contains("SMI4007", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_letter_without_a_case_is_bad_input_and_writes_nothing()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", "--profile", Profile, "--doc", "toekenning", "--format", "html", "--out", output, "--templates", TestPaths.Templates);

        Assert.Equal(2, exitCode);
        Assert.Contains("SMI4006", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("render", "--help")]
    [InlineData("bench", "--help")]
    public async Task Every_command_has_help(params string[] args)
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync(args);

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", stdout);
    }

    [Theory]
    [InlineData("--doc", "bestaatniet", "SMI4002")]
    [InlineData("--lang", "xx", "SMI4001")]
    [InlineData("--format", "html,odt", "SMI4003")]
    public async Task Unknown_document_language_or_format_is_bad_input_and_writes_nothing(string option, string value, string code)
    {
        var output = CliRunner.TempDirectory();
        var args = new Dictionary<string, string> { ["--doc"] = "toekenning", ["--lang"] = "nl", ["--format"] = "html" };
        args[option] = value;

        var (exitCode, _, stderr) = await CliRunner.RunAsync(
            ["render", OneChild, "--profile", Profile, "--out", output, "--templates", TestPaths.Templates, .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, exitCode);
        Assert.Contains($"error {code}:", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Malformed_case_json_is_bad_input_with_line_and_column_and_writes_nothing()
    {
        var output = CliRunner.TempDirectory();
        var broken = Path.Combine(CliRunner.TempDirectory() + "-case.json");
        await File.WriteAllTextAsync(broken, "{\n  \"zaaknummer\": \"SMI-1\",\n  \"aanvraagdatum\": 2026-10-01\n}", TestContext.Current.CancellationToken);

        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", broken, "--profile", Profile, "--doc", "toekenning", "--out", output, "--format", "html");

        Assert.Equal(2, exitCode);
        Assert.Matches(@"\(3,\d+\).*error SMI1\d{3}:", stderr);
        Assert.Contains("Nothing was written.", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_missing_case_file_or_required_option_is_bad_input()
    {
        var missingFile = await CliRunner.RunAsync("render", "/nonexistent/case.json", "--profile", Profile, "--doc", "toekenning", "--out", CliRunner.TempDirectory());
        var missingOption = await CliRunner.RunAsync("render", OneChild, "--doc", "toekenning", "--out", CliRunner.TempDirectory());

        Assert.Equal(2, missingFile.ExitCode);
        Assert.Contains("error SMI4004: file not found", missingFile.Error);
        Assert.Equal(2, missingOption.ExitCode);
        Assert.Contains("--profile", missingOption.Error);
    }

    [Fact]
    public async Task A_template_syntax_error_is_a_failure_located_in_the_template()
    {
        var templates = CliRunner.CopyOfTemplates();
        var file = Path.Combine(templates, "toekenning", "toekenning.sbn-md");
        var lines = (await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken)).ToList();
        var line = lines.FindIndex(l => l.StartsWith("## Wat hebben wij besloten?", StringComparison.Ordinal));
        lines.Insert(line + 1, "Hier {{ datum (periode.begin }} gaat het mis.");
        await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);
        var output = CliRunner.TempDirectory();

        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", OneChild, "--profile", Profile, "--doc", "toekenning", "--format", "html", "--out", output, "--templates", templates);

        Assert.Equal(1, exitCode);
        // Scriban stops at the }} where it expected the closing parenthesis: the span covers those two characters.
        Assert.Contains($"templates/toekenning/toekenning.sbn-md({line + 2},30)-({line + 2},31): error SMI3001:", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_placeholder_missing_from_the_view_model_is_a_failure_located_in_the_partial()
    {
        var templates = CliRunner.CopyOfTemplates();
        var file = Path.Combine(templates, "partials", "contact.sbn-md");
        await File.AppendAllTextAsync(file, "\nUw dossier: {{ brief.dossiernummer }}\n", TestContext.Current.CancellationToken);
        var lineCount = (await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken)).Length;

        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", OneChild, "--profile", Profile, "--doc", "toekenning", "--format", "html", "--out", CliRunner.TempDirectory(), "--templates", templates);

        Assert.Equal(1, exitCode);
        var located = Regex.Match(stderr, @"templates/partials/contact\.sbn-md\((\d+),(\d+)\)-\((\d+),(\d+)\): error (SMI\d+):");
        Assert.True(located.Success, stderr);
        var (line, column, endLine, endColumn) = (Number(located, 1), Number(located, 2), Number(located, 3), Number(located, 4));
        // The span lies within "brief.dossiernummer" (columns 16–34) on the appended line.
        Assert.Equal((lineCount, lineCount), (line, endLine));
        Assert.InRange(column, 16, 34);
        Assert.InRange(endColumn, column, 34);
        // SMI3009 (unknown path, found by the template checker before rendering) is the intended code; until the checker
        // is on this branch only the renderer finds it (SMI3201). Drop SMI3201 here when the checker lands.
        Assert.Contains(located.Groups[5].Value, new[] { TemplateDiagnosticCodes.UnknownPath.Id, TemplateDiagnosticCodes.RenderFailed.Id });
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
