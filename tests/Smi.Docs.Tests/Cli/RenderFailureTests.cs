using System.Text.RegularExpressions;
using Smi.Docs.Cli;
using Smi.Docs.Diagnostics;
using Smi.Docs.Rendering;
using Smi.Docs.Tests.Rendering;

namespace Smi.Docs.Tests.Cli;

/// <summary>
/// Issue 11: every way a render can fail on the output side or in its options ends in a located error and an exit
/// code, never a stack trace; nothing is written and nothing is left behind.
/// </summary>
public sealed class RenderFailureTests
{
    private static readonly string Profile = TestPaths.Profile("voorbeeldstad");
    private static readonly string OneChild = TestPaths.Case("toekenning-een-kind-dagopvang");

    private static Task<(int ExitCode, string Output, string Error)> RenderAsync(string output, params string[] more) =>
        CliRunner.RunAsync(["render", OneChild, "--profile", Profile, "--doc", "toekenning", "--format", "html,docx", "--out", output, "--templates", TestPaths.Templates, .. more]);

    [Theory]
    [InlineData("file")]
    [InlineData("/dev/null")]
    public async Task Out_at_a_file_or_a_device_is_bad_input_located_at_it(string kind)
    {
        var file = CliRunner.TempDirectory();
        await File.WriteAllTextAsync(file, "van iemand anders", TestContext.Current.CancellationToken);
        var output = kind == "file" ? file : kind;

        var (exitCode, stdout, stderr) = await RenderAsync(output);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal($"{output}: error SMI4009: this is a file or a device, not a folder; name a folder to write the documents into\nNothing was written.\n", stderr.ReplaceLineEndings("\n"));
        Assert.Equal("van iemand anders", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/proc/smi-docs-out")]
    [InlineData("read-only")]
    public async Task Out_where_nothing_can_be_written_is_bad_input_located_at_it(string kind)
    {
        var output = kind == "read-only" ? OutputDirectoryTests.ReadOnlyFolder() : kind;

        var (exitCode, _, stderr) = await RenderAsync(output);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"{output}: error SMI4010: ", stderr);
        Assert.EndsWith("Nothing was written.", stderr.Trim());
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Existing_files_are_named_and_kept_unless_overwrite_is_asked()
    {
        var output = CliRunner.TempDirectory();
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "toekenning.nl.html"), "oud", TestContext.Current.CancellationToken);

        var refused = await RenderAsync(output);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"{output}: error SMI4011: toekenning.nl.html is there already; nothing was replaced.", refused.Error);
        Assert.Equal("oud", await File.ReadAllTextAsync(Path.Combine(output, "toekenning.nl.html"), TestContext.Current.CancellationToken));
        Assert.False(File.Exists(Path.Combine(output, "toekenning.nl.docx")));

        var replaced = await RenderAsync(output, "--overwrite");

        Assert.Equal(0, replaced.ExitCode);
        Assert.Contains("U krijgt een vergoeding", await File.ReadAllTextAsync(Path.Combine(output, "toekenning.nl.html"), TestContext.Current.CancellationToken));
        Assert.True(File.Exists(Path.Combine(output, "toekenning.nl.docx")));
        Assert.Empty(Directory.GetFiles(output, OutputDirectory.StagedPrefix + "*"));
    }

    [Fact]
    [NeedsMount]
    public async Task A_full_disk_is_a_failure_of_the_machine_and_leaves_nothing_behind()
    {
        using var disk = SmallDisk.TryMount();
        if (disk is null)
        {
            // No root, no tmpfs: the writer's seam makes the disk full, and the exit code follows from the code's origin.
            var target = new OutputDirectory(CliRunner.TempDirectory()) { CreateStaged = _ => throw new IOException("full", 28) };
            var failed = Assert.Throws<SmiDocsException>(() => target.WriteAll([new("toekenning.nl.html", [1])], TestContext.Current.CancellationToken));
            Assert.Equal(1, DiagnosticsOutput.ExitCodeFor(failed.Diagnostics));
            return;
        }

        // 8 KiB holds neither the HTML (14 KB) nor the DOCX.
        var (exitCode, stdout, stderr) = await RenderAsync(disk.Path);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith($"{disk.Path}: error SMI4901: the disk is full", stderr);
        Assert.Equal([OutputDirectory.LockFileName], Directory.GetFileSystemEntries(disk.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Templates_at_an_empty_or_missing_folder_is_bad_input()
    {
        var empty = CliRunner.TempDirectory();
        Directory.CreateDirectory(empty);
        var output = CliRunner.TempDirectory();

        var atEmpty = await CliRunner.RunAsync("render", OneChild, "--profile", Profile, "--doc", "toekenning", "--format", "html", "--out", output, "--templates", empty);
        var atMissing = await CliRunner.RunAsync("render", OneChild, "--profile", Profile, "--doc", "toekenning", "--format", "html", "--out", output, "--templates", empty + "-bestaat-niet");

        Assert.Equal(2, atEmpty.ExitCode);
        Assert.StartsWith($"{empty}: error SMI4013: this folder lacks teksten.yaml", atEmpty.Error);
        Assert.Equal(2, atMissing.ExitCode);
        Assert.StartsWith($"{empty}-bestaat-niet: error SMI4013: no template folder here", atMissing.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_typo_in_a_partial_s_name_is_a_template_error_at_the_include()
    {
        var templates = CliRunner.CopyOfTemplates();
        var file = Path.Combine(templates, "toekenning", "toekenning.sbn-md");
        var lines = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
        var line = Array.FindIndex(lines, l => l.Contains("include 'bezwaarclausule'", StringComparison.Ordinal));
        Assert.True(line >= 0);
        var column = lines[line].IndexOf("include", StringComparison.Ordinal) + 1;
        lines[line] = lines[line].Replace("include 'bezwaarclausule'", "include 'bezwaarclausul'", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);

        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", OneChild, "--profile", Profile, "--doc", "toekenning", "--format", "html", "--out", CliRunner.TempDirectory(), "--templates", templates);

        Assert.Equal(1, exitCode);
        Assert.Matches($@"templates/toekenning/toekenning\.sbn-md\({line + 1},{column}\)(-\(\d+,\d+\))?: error SMI3013: partial 'bezwaarclausul' does not exist", stderr);
        Assert.DoesNotContain("SMI4002", stderr);
    }

    [Fact]
    public async Task An_unreadable_case_file_is_located_bad_input()
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", "/proc/self/mem", "--profile", Profile, "--doc", "toekenning", "--format", "html", "--out", CliRunner.TempDirectory());

        Assert.Equal(2, exitCode);
        Assert.StartsWith("/proc/self/mem: error SMI4014: file cannot be read (IOException)", stderr);
    }

    [Fact]
    public async Task Anything_unexpected_is_one_line_without_its_message_and_a_trace_only_with_verbose()
    {
        var failure = Thrown(new InvalidOperationException("Jansen, Pieter: diagnose ADHD"));
        using var quiet = new StringWriter();
        using var verbose = new StringWriter();

        var exitCode = await SmiDocsCli.ReportUnexpectedAsync(failure, verbose: false, quiet);
        await SmiDocsCli.ReportUnexpectedAsync(failure, verbose: true, verbose);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "error SMI4999: unexpected failure (System.InvalidOperationException); run again with --verbose for the stack trace, and report it\nNothing was written.\n",
            quiet.ToString().ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Jansen", quiet.ToString());
        Assert.Contains("   at ", verbose.ToString());
    }

    [Fact]
    public async Task Verbose_is_an_option_of_every_command()
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync("render", "--help");

        Assert.Equal(0, exitCode);
        Assert.Matches(new Regex(@"--verbose\s"), stdout);
        Assert.Contains("--overwrite", stdout);
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
