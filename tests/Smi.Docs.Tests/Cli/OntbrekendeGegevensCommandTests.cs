using Smi.Docs.Tests.EndToEnd;

namespace Smi.Docs.Tests.Cli;

/// <summary>The ontbrekende-gegevens letter through the command line: rendered as is, refused with located errors.</summary>
public sealed class OntbrekendeGegevensCommandTests
{
    private static readonly string Profile = TestPaths.Profile("voorbeeldstad");

    [Fact]
    public async Task Renders_the_example_as_html_and_docx()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("render", TestPaths.Case(OntbrekendeGegevensCases.Example), "--profile", Profile,
            "--doc", "ontbrekende-gegevens", "--format", "html,docx", "--out", output, "--templates", TestPaths.Templates);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Equal(2, stdout.Trim().Split('\n').Length);
        Assert.Contains("Wij missen nog gegevens voor uw aanvraag",
            await File.ReadAllTextAsync(Path.Combine(output, "ontbrekende-gegevens.nl.html"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_grant_case_is_bad_input_located_at_the_missing_block_and_writes_nothing()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", TestPaths.Case("toekenning-een-kind-dagopvang"), "--profile", Profile,
            "--doc", "ontbrekende-gegevens", "--format", "html", "--out", output, "--templates", TestPaths.Templates);

        Assert.Equal(2, exitCode);
        Assert.Contains("$.ontbrekend: error SMI1101", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task An_unknown_item_code_is_bad_input_with_its_path_and_the_valid_codes()
    {
        var caseFile = Path.Combine(CliRunner.TempDirectory(), "onbekend.json");
        Directory.CreateDirectory(Path.GetDirectoryName(caseFile)!);
        await File.WriteAllTextAsync(caseFile, OntbrekendeGegevensCases.WithItems(("paspoort-kind", null)), TestContext.Current.CancellationToken);
        var output = CliRunner.TempDirectory();

        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", caseFile, "--profile", Profile,
            "--doc", "ontbrekende-gegevens", "--format", "html", "--out", output, "--templates", TestPaths.Templates);

        Assert.Equal(2, exitCode);
        Assert.Contains("$.ontbrekend.items[0].code: error SMI1007", stderr, StringComparison.Ordinal);
        Assert.Contains("'kopie-bankpas'", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
