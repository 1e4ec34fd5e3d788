using System.Diagnostics;
using Smi.Docs.Batch;
using Smi.Docs.Pipeline;
using Smi.Docs.Tests.Cli;
using Smi.Docs.Tests.EndToEnd;
using static Smi.Docs.Tests.Batch.BatchFixture;

namespace Smi.Docs.Tests.Batch;

/// <summary>
/// A stopped batch — Ctrl-C, or the process killed outright — leaves no half-made file, and running it again
/// finishes it: every item once in the index, with exactly the bytes an uninterrupted run makes.
/// </summary>
public sealed class BatchResumeTests
{
    private static readonly DocumentPipeline Html = DocumentPipeline.CreateBuilder(TestPaths.Templates).UseHtml().Build();

    [Fact]
    public async Task A_stopped_batch_resumes_where_it_stopped_and_ends_as_an_uninterrupted_one()
    {
        var input = Grants(24);
        var stopped = CliRunner.TempDirectory();
        var uninterrupted = CliRunner.TempDirectory();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var first = await Runner(input, stopped).RunAsync(new StopAfter(5, stop), stop.Token);
        BatchReport.Write(first, stopped);

        Assert.True(first.Interrupted);
        Assert.InRange(first.Finished.Count, 5, 23);
        Assert.Empty(Staged(stopped));
        Assert.Equal(first.Finished.Count, Index(stopped).Count);

        var second = await Runner(input, stopped).RunAsync(cancellationToken: TestContext.Current.CancellationToken);
        BatchReport.Write(second, stopped);
        var reference = await Runner(input, uninterrupted).RunAsync(cancellationToken: TestContext.Current.CancellationToken);
        BatchReport.Write(reference, uninterrupted);

        Assert.True(second.AllSucceeded);
        Assert.Equal((first.Finished.Count, 24 - first.Finished.Count), (second.Skipped, second.Rendered));
        Assert.Equal(24, Index(stopped).Select(r => r[3]).Distinct().Count());
        Assert.Equal(File.ReadAllText(Path.Combine(uninterrupted, "index.csv")), File.ReadAllText(Path.Combine(stopped, "index.csv")));
    }

    [Fact]
    public async Task A_changed_case_or_a_damaged_file_is_made_again_and_nothing_else()
    {
        var output = CliRunner.TempDirectory();
        var lines = Enumerable.Range(1, 6).Select(i => Case(TestPaths.ToekenningCases[0], i)).ToArray();
        var input = JsonLines(lines);
        await Runner(input, output).RunAsync(cancellationToken: TestContext.Current.CancellationToken);

        lines[1] = Case(TestPaths.ToekenningCases[0], 2, c => c["behandelaar"]!["naam"] = "K. Visser");
        File.WriteAllText(input, string.Join('\n', lines) + "\n");
        File.AppendAllText(Path.Combine(output, "regel-4", "toekenning.nl.html"), " ");
        File.Delete(Path.Combine(output, "regel-6", "toekenning.nl.html"));
        var again = await Runner(input, output).RunAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((3, 3), (again.Rendered, again.Skipped));
        Assert.Contains("K. Visser", File.ReadAllText(Path.Combine(output, "regel-2", "toekenning.nl.html")));
        Assert.All(again.Finished, e => Assert.Equal(e.Files[0].Sha256, Sha256(Path.Combine(output, e.Item, e.Files[0].Name))));
    }

    [Fact]
    [NeedsOwnProcess]
    public async Task A_killed_process_leaves_no_half_made_file_and_the_same_command_finishes_the_batch()
    {
        var input = Grants(60);
        var output = CliRunner.TempDirectory();
        string[] arguments = [typeof(Smi.Docs.Cli.SmiDocsCli).Assembly.Location, "batch", input, "--profile", TestPaths.Profile(Profile), "--doc", "toekenning",
            "--format", "html,docx", "--out", output, "--templates", TestPaths.Templates, "--parallel", "2"];
        var manifest = Path.Combine(output, BatchManifest.FileName);

        using (var process = Start(arguments))
        {
            var deadline = Stopwatch.StartNew();
            while (!process.HasExited && (!File.Exists(manifest) || File.ReadAllLines(manifest).Length < 4) && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
            Assert.False(process.HasExited, "the batch ended before it could be killed; give it more items");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        var finishedBeforeKill = File.ReadAllLines(manifest).Count(l => l.Length > 0);

        using (var again = Start(arguments))
        {
            await again.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, again.ExitCode);
            Assert.Contains($"60 items: {60 - finishedBeforeKill} made, {finishedBeforeKill} already made, 0 failed", await again.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        Assert.Empty(Staged(output));
        var rows = Index(output);
        Assert.Equal(120, rows.Count);
        Assert.Equal(120, rows.Select(r => r[3]).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(Sha256(Path.Combine(output, r[3])), r[5]));
    }

    private static Process Start(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Chromium is not needed for HTML and DOCX; pointing it nowhere proves it.
        start.Environment["SMI_DOCS_CHROMIUM"] = "/nonexistent/smi-docs-batch-test/chromium";
        return Process.Start(start)!;
    }

    private static BatchRunner Runner(string input, string output) =>
        new(Html, new BatchOptions(input, output, Examples.Voorbeeldstad, "toekenning", "nl", ["html"], "test") { Parallelism = 2 });

    /// <summary>Presses "Ctrl-C" once <paramref name="count"/> items are done, as a person watching the bar would.</summary>
    private sealed class StopAfter(int count, CancellationTokenSource stop) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            if (value.Done >= count)
            {
                stop.Cancel();
            }
        }
    }
}
