using System.Diagnostics;
using System.Globalization;
using Smi.Docs.Batch;
using Smi.Docs.Pdf;
using Smi.Docs.Pipeline;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs bench --batch N[,M…]</c> (issue 14 point 8): N generated cases (<see cref="BenchCaseGenerator"/>) through
/// the same <see cref="BatchRunner"/> and report as <c>smi-docs batch</c>, into a temporary folder, timed from the first
/// item read to the report written. One warm pipeline serves every size, as it would serve one long batch; the first
/// size also pays the JIT's warm-up, which is why a small size before a large one shows whether the cost per letter
/// stays flat.
/// </summary>
internal sealed class BenchBatch(DocumentPipeline pipeline, BenchCaseGenerator generator, BatchOptions template, TextWriter output)
{
    public const string Engine = "smi-docs-batch";

    /// <summary>Runs each size; false when an item failed (the measurement is then of the wrong work).</summary>
    public async Task<bool> RunAsync(IReadOnlyList<int> sizes, bool keep, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"{Environment.ProcessorCount} cores, formats {string.Join(",", template.Formats)}, {template.Parallelism} workers, documents: {string.Join(", ", generator.Documents)}");
        // Warm-up: one full round of the generated cases through the batch path (written, then removed) and made again
        // without writing, so the JIT has settled before the first size. Measured without it: the first 1,000 letters
        // cost 2.4 times the processor time per letter of the next 10,000; with a render-only warm-up the process's
        // first batch still cost about 8 CPU seconds more than the next ones of the same size.
        var warmUp = Stopwatch.StartNew();
        await BatchOnceAsync(generator.Round, keep: false, print: false, cancellationToken);
        await RenderOnlyAsync(generator.Round, cancellationToken, print: false);
        await output.WriteLineAsync($"warm-up: {generator.Round} letters through the batch path and again render only, in {warmUp.Elapsed.TotalSeconds:F1} s (not in the figures below)");
        await output.WriteLineAsync($"{"letters",8}{"failed",8}{"seconds",10}{"letters/s",11}{"ms/letter",11}{"peak RSS MB",13}{"CPU ms/letter",15}  folder");
        var rows = new List<BenchRow>();
        var allMade = true;
        foreach (var size in sizes)
        {
            var (row, made) = await BatchOnceAsync(size, keep, print: true, cancellationToken);
            rows.Add(row);
            allMade &= made;
            rows.Add(await RenderOnlyAsync(size, cancellationToken));
        }
        var batches = rows.Where(r => r.Engine == Engine).ToList();
        if (batches.Count > 1)
        {
            var first = batches[0];
            await output.WriteLineAsync(string.Join("; ", batches.Skip(1).Select(r => string.Create(CultureInfo.InvariantCulture,
                $"cost per letter at {r.Docs:N0} is {r.MsPerDocMedian / first.MsPerDocMedian:F2}× (wall) and {r.CpuMsPerDoc / first.CpuMsPerDoc:F2}× (CPU) that at {first.Docs:N0}"))) + " (1.00× = linear growth)");
        }
        foreach (var row in rows)
        {
            await output.WriteLineAsync(row.ToJson());
        }
        return allMade;
    }

    /// <summary>
    /// <paramref name="size"/> generated cases as a JSON Lines file in a temporary folder, through <see cref="BatchRunner"/>
    /// and <see cref="BatchReport"/> as <c>smi-docs batch</c> runs them; timed from the first item read to the report written.
    /// </summary>
    private async Task<(BenchRow Row, bool AllMade)> BatchOnceAsync(int size, bool keep, bool print, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("smi-docs-bench-").FullName;
        try
        {
            var input = Path.Combine(folder, "cases.jsonl");
            await using (var writer = new StreamWriter(input))
            {
                for (var i = 0; i < size; i++)
                {
                    await writer.WriteLineAsync(generator.Envelope(i));
                }
            }
            var outFolder = Path.Combine(folder, "out");
            var options = template with { Input = input, Output = outFolder };
            var ownPeak = BenchProcess.ResetPeak();
            var clock = Stopwatch.StartNew();
            var result = await new BatchRunner(pipeline, options).RunAsync(cancellationToken: cancellationToken);
            BatchReport.Write(result, outFolder);
            clock.Stop();
            var seconds = clock.Elapsed.TotalSeconds;
            var perLetter = seconds * 1000 / Math.Max(1, result.Rendered);
            var row = new BenchRow(Engine, result.Rendered, BenchRow.Round(seconds, 3), BenchRow.Round(result.Rendered / seconds, 1), BenchRow.Round(perLetter, 3), BenchProcess.PeakMegabytes())
            {
                Note = $"{string.Join("+", template.Formats)}, {template.Parallelism} workers, {result.Failures.Count} failed; ms_per_doc_median is wall time / letters (items run in parallel, not timed one by one)"
                    + (ownPeak ? "" : "; peak RSS since process start"),
            };
            if (print)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Rendered,8}{result.Failures.Count,8}{seconds,10:F2}{row.DocsPerSecond,11:F1}{perLetter,11:F3}{row.PeakRssMb,13:F1}{row.CpuMsPerDoc,15:F3}  {(keep ? folder : "(removed)")}"));
            }
            foreach (var failure in result.Failures.Take(5))
            {
                await output.WriteLineAsync($"  failed {failure.Item} ({failure.Document}, {failure.Language}): {string.Join(" ", failure.Diagnostics.Select(d => $"{d.Code} {d.Location}"))}");
            }
            return (row, result.AllSucceeded);
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>
    /// The same cases made by the same pipeline on as many workers, with nothing written: what the batch path (input
    /// reading, hashing, the all-or-nothing write with its fsync, the manifest, the report) adds is the difference.
    /// </summary>
    private async Task<BenchRow> RenderOnlyAsync(int size, CancellationToken cancellationToken, bool print = true)
    {
        BenchProcess.ResetPeak();
        var clock = Stopwatch.StartNew();
        var failed = 0;
        await Parallel.ForAsync(0, size, new ParallelOptions { MaxDegreeOfParallelism = template.Parallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var (document, zaak, language) = generator.Case(i);
            var request = new Composition.DocumentRequest(Cases.CaseReader.Read(zaak.ToJsonString(), $"regel-{i + 1}"), template.Profile, document,
                Formatting.DocumentLanguage.Find(language)!) { Formats = template.Formats };
            if (!(await pipeline.RenderAsync(request, ct)).Succeeded)
            {
                Interlocked.Increment(ref failed);
            }
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var row = new BenchRow(Engine + "-render-only", size, BenchRow.Round(seconds, 3), BenchRow.Round(size / seconds, 1), BenchRow.Round(seconds * 1000 / size, 3), BenchProcess.PeakMegabytes())
        {
            Note = $"the same cases and workers, nothing written; {failed} failed",
        };
        if (print)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{size,8}{failed,8}{seconds,10:F2}{row.DocsPerSecond,11:F1}{row.MsPerDocMedian,11:F3}{row.PeakRssMb,13:F1}{row.CpuMsPerDoc,15:F3}  (render only: no files, no manifest, no report)"));
        }
        return row;
    }

    /// <summary>The index's page count for PDF files, as <c>smi-docs batch</c> lists it.</summary>
    public static int? Pages(Rendering.RenderedFile file) => file.FileName.EndsWith(".pdf", StringComparison.Ordinal) ? PdfPageCount.Of(file.Content) : null;

    /// <summary>"1000,10000" → [1000, 10000]; null when a part is not a positive whole number.</summary>
    public static IReadOnlyList<int>? ParseSizes(string text)
    {
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
            {
                return null;
            }
            sizes.Add(size);
        }
        return sizes.Count > 0 ? sizes : null;
    }
}
