using System.Diagnostics;
using Smi.Docs.Diagnostics;
using Smi.Docs.Pdf;

namespace Smi.Docs.Tests.Pdf;

/// <summary>
/// The printer's work budgets (issue 11): a browser that hangs at start, a document whose layout runs away and one that
/// comes to hundreds of pages each end in a PDF00x error within a bounded time, and the printer keeps working.
/// </summary>
public sealed class PdfBudgetTests(ChromiumFixture chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Starts Playwright's driver and a shell script, never Chromium: it stays in the fast suite.
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Chromium_that_hangs_at_start_is_PDF005_within_the_start_timeout_and_is_killed()
    {
        using var hanging = new FakeChromium("echo $$ > '{folder}/pid'\nexec sleep 600");
        var options = new PdfPrinterOptions(hanging.Path) { StartTimeout = TimeSpan.FromSeconds(2) };

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<SmiDocsException>(() => ChromiumPdfPrinter.StartAsync(options, Ct));

        Assert.Equal("PDF005", Assert.Single(error.Diagnostics).Code);
        // Far below the fake's 600 s, so only the time-out can have ended it; wide enough for Playwright's driver to
        // start on a loaded machine (13.7 s was seen at load 20 against an earlier bound of 10 s).
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));
        Assert.Contains($"'{hanging.Path}' did not start within 2 s", error.Message);
        var pid = File.ReadAllText(hanging.FileNamed("pid")).Trim();
        await WaitUntil(() => !Directory.Exists($"/proc/{pid}"), TimeSpan.FromSeconds(5));
        Assert.False(Directory.Exists($"/proc/{pid}"), "the hanging process was left running");
    }

    [Fact]
    public void Default_budgets_are_15_s_to_start_30_s_to_print_and_50_pages()
    {
        var options = new PdfPrinterOptions();
        Assert.Equal((TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30), 50), (options.StartTimeout, options.PrintTimeout, options.MaxPages));
    }

    [NeedsChromium]
    [Fact]
    public async Task Layout_that_runs_away_is_PDF006_within_the_print_timeout_and_the_page_is_replaced()
    {
        // One megabyte without a break opportunity kept Chromium busy for minutes (issue 11); the letter CSS now wraps
        // it, so this page turns that off to have a layout that does not finish.
        var runaway = $"<html><head><style>p {{ overflow-wrap: normal; }}</style></head><body><p>{new string('x', 1_000_000)}</p></body></html>";
        await using var printer = await ChromiumPdfPrinter.StartAsync(new PdfPrinterOptions(Pages: 1) { PrintTimeout = TimeSpan.FromSeconds(2) }, Ct);

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<SmiDocsException>(() => printer.PrintAsync(runaway, DateTime.UnixEpoch, Ct));

        Assert.Equal("PDF006", Assert.Single(error.Diagnostics).Code);
        // Far below the fake's 600 s, so only the time-out can have ended it; wide enough for Playwright's driver to
        // start on a loaded machine (13.7 s was seen at load 20 against an earlier bound of 10 s).
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));
        Assert.NotEmpty(await printer.PrintAsync(PdfSamples.DutchLetter(), DateTime.UnixEpoch, Ct));
    }

    [NeedsChromium]
    [Fact]
    public async Task Document_of_more_than_50_pages_is_PDF007_and_not_returned()
    {
        var pages = string.Concat(Enumerable.Repeat("<p style=\"break-after: page\">Bladzijde</p>", 51));
        var printer = await chromium.GetPrinterAsync();

        var error = await Assert.ThrowsAsync<SmiDocsException>(
            () => printer.PrintAsync($"<html><body>{pages}</body></html>", DateTime.UnixEpoch, Ct));

        Assert.Equal("PDF007", Assert.Single(error.Diagnostics).Code);
        Assert.Contains("51 pages, more than the 50", error.Message);
    }

    [NeedsChromium, NeedsPoppler]
    [Fact]
    public async Task Page_count_read_from_the_page_tree_agrees_with_pdfinfo()
    {
        foreach (var html in new[] { PdfSamples.DutchLetter(), PdfSamples.ArabicLetter(), "<html><body>" + string.Concat(Enumerable.Repeat("<p style=\"break-after: page\">x</p>", 12)) + "</body></html>" })
        {
            var pdf = await chromium.PrintAsync(html, DateTime.UnixEpoch);
            Assert.Equal(PdfTools.PageCount(pdf), PdfPageCount.Of(pdf));
        }
    }

    private static async Task WaitUntil(Func<bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!done() && clock.Elapsed < limit)
        {
            await Task.Delay(100, Ct);
        }
    }
}
