using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Smi.Docs.Cases;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;
using Smi.Docs.Pdf;
using Smi.Docs.Pipeline;
using Smi.Docs.Policy;
using Smi.Docs.Rendering;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs bench peers</c> (issue 15 point 1): our engine on the peers' three cases, measured the way the peers
/// measure themselves (<c>peers/README.md</c>, "Comparing the team's engine fairly"): one thread, one document at a
/// time, the three cases in turn, input parsing inside the timed region, the DOCX as a deflated in-memory buffer,
/// median and p95 per document, and the process's peak RSS (the .NET runtime included, as Node's is in theirs). Then
/// PDF the same way, PDF with every pool page busy, and the raw-Chromium ceiling: Playwright printing our own letter's
/// HTML (made once) on the same browser flags and PDF options, with nothing of our engine around it.
/// One JSON line per configuration on stdout, in the peers' contract (<see cref="BenchRow"/>); every 100th output to
/// <c>&lt;out&gt;/letter-&lt;nnnn&gt;-case&lt;k&gt;.docx|pdf</c>, which the peers' verify.sh checks (and which our
/// letter partly fails there: it is another letter, docs/performance.md).
/// </summary>
internal sealed class BenchPeers(DocumentPipeline pipeline, MunicipalityProfile profile, TextWriter output, TimeSpan budget, BenchPeers.ColdStart cold)
{
    /// <summary>Where a cold process's time goes before its first PDF: the process start, dotnet up to our command, the browser, the templates.</summary>
    public sealed record ColdStart(DateTime ProcessStarted, TimeSpan ToCommand, TimeSpan Browser, TimeSpan Templates);

    private const string Document = "toekenning";

    /// <summary>The PDF rows after the DOCX row; each gets an equal share of the time left.</summary>
    private const int PdfRows = 4;

    /// <summary>
    /// run-peers.sh kills an extra engine after 240 s. On a loaded machine (load 20 on 2 cores, seen) 200 PDFs alone
    /// take longer, so each row stops at its share of <c>budget</c> and reports the documents it made: a row with fewer
    /// docs than asked is a slow machine, not a lost run.
    /// </summary>
    private readonly Stopwatch _run = Stopwatch.StartNew();

    /// <summary>Our case JSON for each of the peers' cases (the mapping is the case system's work, not timed; parsing it is).</summary>
    private IReadOnlyList<string> _cases = [];

    public async Task RunAsync(string dataFolder, string outFolder, int docxCount, int pdfCount, int warmup, CancellationToken ct)
    {
        _cases = [.. Enumerable.Range(1, 3).Select(k => BenchPeerCase.ToCase(JsonNode.Parse(File.ReadAllText(Path.Combine(dataFolder, $"case-{k}.json")))!.AsObject()).ToJsonString())];
        Directory.CreateDirectory(outFolder);

        // The first PDF of this process: dotnet start, templates compiled and Chromium launched before it.
        var beforePrint = Stopwatch.StartNew();
        var first = await RenderAsync(0, DocumentFormats.Pdf, ct);
        var firstPrint = beforePrint.Elapsed;
        var coldSeconds = (DateTime.Now - cold.ProcessStarted).TotalSeconds;
        await Emit(new BenchRow("smi-docs-pdf-cold", 1, BenchRow.Round(coldSeconds, 3), BenchRow.Round(1 / coldSeconds, 2), BenchRow.Round(coldSeconds * 1000, 1), BenchProcess.PeakMegabytes())
        {
            // The whole process's processor time up to here (nothing was reset before it).
            CpuSeconds = BenchRow.Round(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, 3),
            Note = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"process start to first PDF ({first.Length} bytes): dotnet to our command {cold.ToCommand.TotalSeconds:F2} s, Playwright driver + Chromium {cold.Browser.TotalSeconds:F2} s, templates {cold.Templates.TotalSeconds:F2} s, first letter composed and printed {firstPrint.TotalSeconds:F2} s, the rest (profile, options) {coldSeconds - cold.ToCommand.TotalSeconds - cold.Browser.TotalSeconds - cold.Templates.TotalSeconds - firstPrint.TotalSeconds:F2} s"),
        });

        await Emit(await SequentialAsync("smi-docs-docx", DocumentFormats.Docx, docxCount, warmup, outFolder, budget * 0.3, ct));
        // Issue 15's one-core targets in the same run: compose ≤ 0.5 ms, HTML ≥ 2,000 letters a second (case JSON read each time).
        await Emit(await SequentialAsync("smi-docs-compose", null, docxCount, warmup, outFolder, budget * 0.05, ct));
        await Emit(await SequentialAsync("smi-docs-html", DocumentFormats.Html, docxCount, warmup, outFolder, budget * 0.05, ct));
        await Emit(await SequentialAsync("smi-docs-pdf", DocumentFormats.Pdf, pdfCount, Math.Min(warmup, 20), outFolder, Share(PdfRows), ct) with
        {
            Note = "Chromium's own processes not in peak_rss_mb or cpu_s",
        });
        var pages = new PdfPrinterOptions().ResolvePageCount();
        await Emit(await ParallelAsync("smi-docs-pdf-parallel", pdfCount, pages, Share(PdfRows - 1), ct));
        await RawChromiumAsync(pdfCount, pages, ct);
    }

    // .NET compiles hot code again (tier 1) in the background once it has run a while; a few hundred letters take well
    // under a second now, and rows measured right after them used more processor time than wall time (2.4-3.2 ms CPU a
    // DOCX letter against 0.7-1.4 ms after 2,000 letters): the JIT was still at work on the second core.
    private static readonly TimeSpan MinimumWarmup = TimeSpan.FromSeconds(5);

    private TimeSpan Share(int rowsLeft) => (budget - _run.Elapsed) / rowsLeft;

    private Task Emit(BenchRow row) => output.WriteLineAsync(row.ToJson());

    /// <summary>One letter from case JSON: in <paramref name="format"/>, or (null) composed only, as the bytes of nothing.</summary>
    private async Task<byte[]> RenderAsync(int number, string? format, CancellationToken ct)
    {
        var zaak = CaseReader.Read(_cases[number % 3], $"case-{number % 3 + 1}.json");
        if (format is null)
        {
            _ = pipeline.Composer.Compose(new DocumentRequest(zaak, profile, Document, DocumentLanguage.Dutch));
            return [];
        }
        var result = await pipeline.RenderAsync(new DocumentRequest(zaak, profile, Document, DocumentLanguage.Dutch) { Formats = [format] }, ct);
        if (!result.Succeeded)
        {
            throw new SmiDocsException(result.Diagnostics);
        }
        return result.Files[0].Content;
    }

    private async Task<BenchRow> SequentialAsync(string engine, string? format, int count, int warmup, string outFolder, TimeSpan rowBudget, CancellationToken ct)
    {
        var warm = Stopwatch.StartNew();
        var warmed = 0;
        for (; (warmed < warmup || warm.Elapsed < MinimumWarmup) && warm.Elapsed < rowBudget / 4; warmed++)
        {
            await RenderAsync(warmed, format, ct);
        }
        var ownPeak = BenchProcess.ResetPeak();
        var times = new List<double>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count && warm.Elapsed < rowBudget; i++)
        {
            var one = Stopwatch.StartNew();
            var bytes = await RenderAsync(i, format, ct);
            times.Add(one.Elapsed.TotalMilliseconds);
            if (i % 100 == 0 && format is DocumentFormats.Docx or DocumentFormats.Pdf)
            {
                // As the peers: the write is inside seconds, not inside the per-document time.
                await File.WriteAllBytesAsync(Path.Combine(outFolder, $"letter-{i:D4}-case{i % 3 + 1}.{format}"), bytes, ct);
            }
        }
        return BenchRow.FromTimes(engine, [.. times], clock.Elapsed.TotalSeconds, BenchProcess.PeakMegabytes()) with { Warmup = warmed, Note = ownPeak ? null : "peak RSS since process start" };
    }

    /// <summary>PDF throughput with the page pool kept full: twice as many documents in flight as pages, so a page never waits for HTML.</summary>
    private async Task<BenchRow> ParallelAsync(string engine, int count, int pages, TimeSpan rowBudget, CancellationToken ct)
    {
        BenchProcess.ResetPeak();
        var clock = Stopwatch.StartNew();
        var made = await InTurnAsync(pages * 2, count, rowBudget, clock, async (_, i) => await RenderAsync(i, DocumentFormats.Pdf, ct));
        return Wall(engine, made, clock.Elapsed.TotalSeconds) with { Note = $"{pages} pool pages, {pages * 2} documents in flight; ms_per_doc_median is wall time / docs" };
    }

    /// <summary>
    /// The ceiling (issue 15 point 2): our letter's print HTML, made once per case, printed by Playwright on the same
    /// browser flags (<see cref="ChromiumSession"/>) and PDF options (<see cref="ChromiumPdfPrinter.PdfOptions"/>), with no
    /// pool, font check, page count or date stamp around it: one page in turn, then as many pages as our pool has.
    /// </summary>
    private async Task RawChromiumAsync(int count, int pages, CancellationToken ct)
    {
        var html = new List<string>();
        for (var k = 0; k < 3; k++)
        {
            html.Add(System.Text.Encoding.UTF8.GetString(await RenderAsync(k, DocumentFormats.Html, ct)));
        }
        var (playwright, browser, context) = await ChromiumSession.StartAsync(new PdfPrinterOptions().ResolveChromiumPath());
        try
        {
            var open = new List<IPage>();
            for (var p = 0; p < pages; p++)
            {
                open.Add(await context.NewPageAsync());
            }
            async Task Print(IPage page, int i)
            {
                await page.SetContentAsync(html[i % 3], new PageSetContentOptions { Timeout = 0 });
                await page.PdfAsync(ChromiumPdfPrinter.PdfOptions);
            }
            var rowBudget = Share(2);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 20 && clock.Elapsed < rowBudget / 4; i++)
            {
                await Print(open[0], i);
            }
            BenchProcess.ResetPeak();
            var times = new List<double>(count);
            var measured = Stopwatch.StartNew();
            for (var i = 0; i < count && clock.Elapsed < rowBudget; i++)
            {
                var one = Stopwatch.StartNew();
                await Print(open[0], i);
                times.Add(one.Elapsed.TotalMilliseconds);
            }
            await Emit(BenchRow.FromTimes("chromium-raw-smi-letter-1page", [.. times], measured.Elapsed.TotalSeconds, BenchProcess.PeakMegabytes()) with
            {
                Warmup = 20,
                Note = "Playwright page.setContent + page.pdf of our letter's HTML on one page; peak_rss_mb and cpu_s are the .NET process, not Chromium",
            });

            rowBudget = Share(1);
            BenchProcess.ResetPeak();
            clock.Restart();
            var made = await InTurnAsync(pages, count, rowBudget, clock, (worker, i) => Print(open[worker], i));
            await Emit(Wall("chromium-raw-smi-letter", made, clock.Elapsed.TotalSeconds) with
            {
                Note = $"the raw ceiling: {pages} pages printing at once, as many as our pool; ms_per_doc_median is wall time / docs",
            });
        }
        finally
        {
            await context.CloseAsync();
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    /// <summary>
    /// <paramref name="workers"/> loops taking the next document number until <paramref name="count"/> are made or the
    /// row's time is up; the number made.
    /// </summary>
    private static async Task<int> InTurnAsync(int workers, int count, TimeSpan rowBudget, Stopwatch clock, Func<int, int, Task> make)
    {
        var next = -1;
        var made = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count && clock.Elapsed < rowBudget; i = Interlocked.Increment(ref next))
            {
                await make(worker, i);
                Interlocked.Increment(ref made);
            }
        })));
        return made;
    }

    private static BenchRow Wall(string engine, int count, double seconds) =>
        new(engine, count, BenchRow.Round(seconds, 3), BenchRow.Round(count / seconds, 1), BenchRow.Round(seconds * 1000 / count, 3), BenchProcess.PeakMegabytes());
}
