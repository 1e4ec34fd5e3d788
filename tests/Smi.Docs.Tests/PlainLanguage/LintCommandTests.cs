using Smi.Docs.Tests.Cli;

namespace Smi.Docs.Tests.PlainLanguage;

public sealed class LintCommandTests
{
    [Fact]
    public async Task The_real_templates_pass_with_exit_code_0_and_a_summary_per_file()
    {
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("lint", TestPaths.Templates);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Matches(@"toekenning\.sbn-md: \d+ sentences, \d+ words, \d+\.\d words per sentence, \d+\.\d% long words, Flesch-Douma \d+\.\d", stdout);
        Assert.Matches(@"\d+ files: 0 errors, \d+ warnings?", stdout);
    }

    [Fact]
    public async Task An_error_gives_exit_code_1_with_file_line_and_column()
    {
        var file = CliRunner.TempDirectory() + "-brief.sbn-md";
        await File.WriteAllTextAsync(file, "---\ntitel: Brief\n---\nIndien u vragen heeft, bel ons.\n", TestContext.Current.CancellationToken);

        var (exitCode, stdout, _) = await CliRunner.RunAsync("lint", file);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{file}(4,1): error SMI6004: officialese 'indien'; plain Dutch: 'als'", stdout);
        Assert.Contains("1 file: 1 error, 0 warnings", stdout);
    }

    [Fact]
    public async Task Warnings_alone_still_give_exit_code_0()
    {
        var file = CliRunner.TempDirectory() + "-brief.sbn-md";
        await File.WriteAllTextAsync(file, "De opvang wordt niet afgebouwd.\n", TestContext.Current.CancellationToken);

        var (exitCode, stdout, _) = await CliRunner.RunAsync("lint", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("(1,11): warning SMI6005:", stdout);
    }

    [Fact]
    public async Task Broken_front_matter_is_an_error_in_the_template()
    {
        var unclosed = CliRunner.TempDirectory() + "-brief.sbn-md";
        await File.WriteAllTextAsync(unclosed, "---\ntitel: Brief\nonderwerp: Uw aanvraag\n", TestContext.Current.CancellationToken);
        var malformed = CliRunner.TempDirectory() + "-brief.sbn-md";
        await File.WriteAllTextAsync(malformed, "---\ntitel: Brief\nDat is goed.\n---\n", TestContext.Current.CancellationToken);

        var (exitCode, stdout, _) = await CliRunner.RunAsync("lint", unclosed, malformed);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{unclosed}(1,1): error SMI3101:", stdout);
        Assert.Contains($"{malformed}(3,1): error SMI3102:", stdout);
    }

    [Fact]
    public async Task A_missing_path_or_an_empty_directory_is_bad_input_with_exit_code_2()
    {
        var missing = Path.Combine(CliRunner.TempDirectory(), "bestaat-niet.sbn-md");
        var empty = CliRunner.TempDirectory();
        Directory.CreateDirectory(empty);

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("lint", TestPaths.Templates, missing, empty);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains($"{missing}: error SMI6007: no such file or directory", stderr);
        Assert.Contains($"{empty}: error SMI6007: no .sbn-md templates in this directory", stderr);
    }

    [Fact]
    public async Task Lint_has_help()
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync("lint", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", stdout);
    }
}
