using System.Globalization;
using Smi.Docs.Batch;
using Spectre.Console;

namespace Smi.Docs.Cli;

/// <summary>
/// Shows a batch's progress on the error stream while it runs: on a terminal a live bar with count, rate and time left
/// (Spectre.Console); otherwise — a log, a CI job, a pipe — a plain line every few seconds, so a log is not flooded.
/// </summary>
internal static class BatchProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static async Task<BatchResult> RunAsync(BatchRunner runner, TextWriter error, CancellationToken cancellationToken)
    {
        var latest = new LatestProgress();
        var run = runner.RunAsync(latest, cancellationToken);
        if (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected)
        {
            await LiveAsync(run, latest);
        }
        else
        {
            await PlainAsync(run, latest, error);
        }
        return await run;
    }

    private static async Task LiveAsync(Task<BatchResult> run, LatestProgress latest)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("batch", maxValue: 1);
                while (true)
                {
                    if (latest.Value is { } p)
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = Markup.Escape(Line(p));
                    }
                    if (run.IsCompleted)
                    {
                        break;
                    }
                    await Task.WhenAny(run, Task.Delay(200));
                }
            });
    }

    private static async Task PlainAsync(Task<BatchResult> run, LatestProgress latest, TextWriter error)
    {
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(PlainInterval));
            if (!run.IsCompleted && latest.Value is { } p)
            {
                await error.WriteLineAsync(Line(p));
            }
        }
        if (latest.Value is { } last)
        {
            await error.WriteLineAsync(Line(last));
        }
    }

    /// <summary>"1200/10000 (12%), 85.3 per second, 1 min 43 s left, 3 failed".</summary>
    internal static string Line(BatchProgress p)
    {
        var seconds = Math.Max(p.Elapsed.TotalSeconds, 0.001);
        var rate = p.Done / seconds;
        var percent = p.Total == 0 ? 100 : 100 * p.Done / p.Total;
        var left = rate > 0 && p.Done < p.Total ? $", {Duration(TimeSpan.FromSeconds((p.Total - p.Done) / rate))} left" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{p.Done}/{p.Total} ({percent}%), {rate:0.0} per second{left}, {p.Failed} failed");
    }

    private static string Duration(TimeSpan t) =>
        t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes} min {t.Seconds} s" : $"{Math.Ceiling(t.TotalSeconds)} s";

    /// <summary>Keeps only the newest report: the display samples it, so no report queues up behind a slow terminal.</summary>
    private sealed class LatestProgress : IProgress<BatchProgress>
    {
        private BatchProgress? _value;

        public BatchProgress? Value => Volatile.Read(ref _value);

        public void Report(BatchProgress value) => Volatile.Write(ref _value, value);
    }
}
