using Smi.Docs.Diagnostics;
using Smi.Docs.Pdf;

namespace Smi.Docs.Tests.Pdf;

public sealed class ChromiumStartupTests
{
    [Fact]
    public async Task Missing_chromium_names_the_path_and_the_install_script()
    {
        const string path = "/nonexistent/smi-docs/chromium";

        var error = await Assert.ThrowsAsync<SmiDocsException>(
            () => ChromiumPdfPrinter.StartAsync(new PdfPrinterOptions(path), TestContext.Current.CancellationToken));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("PDF001", diagnostic.Code);
        Assert.Contains(path, error.Message);
        Assert.Contains("scripts/install-prerequisites.sh", error.Message);
        Assert.Contains(PdfPrinterOptions.ChromiumPathVariable, error.Message);
    }

    [Fact]
    public async Task Executable_that_is_not_a_browser_gives_a_launch_error_with_the_path()
    {
        const string path = "/bin/false";

        var error = await Assert.ThrowsAsync<SmiDocsException>(
            () => ChromiumPdfPrinter.StartAsync(new PdfPrinterOptions(path), TestContext.Current.CancellationToken));

        Assert.Equal("PDF002", Assert.Single(error.Diagnostics).Code);
        Assert.Contains($"'{path}'", error.Message);
        Assert.Contains("scripts/install-prerequisites.sh", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Environment_variable_replaces_only_the_default_path()
    {
        Assert.Equal("/opt/chromium/chrome", new PdfPrinterOptions().ResolveChromiumPath("/opt/chromium/chrome"));
        Assert.Equal("/usr/bin/chromium", new PdfPrinterOptions().ResolveChromiumPath(" "));
        Assert.Equal("/mine/chromium", new PdfPrinterOptions("/mine/chromium").ResolveChromiumPath("/opt/chromium/chrome"));
    }

    [Fact]
    public void Default_pool_has_one_page_per_core_capped_at_four()
    {
        Assert.Equal(Math.Clamp(Environment.ProcessorCount, 1, 4), new PdfPrinterOptions().ResolvePageCount());
        Assert.Equal(7, new PdfPrinterOptions(Pages: 7).ResolvePageCount());
        Assert.Throws<ArgumentOutOfRangeException>(() => new PdfPrinterOptions(Pages: -1).ResolvePageCount());
    }

    [NeedsChromium, NeedsPoppler]
    [Fact]
    public async Task One_page_printer_serves_concurrent_callers_in_turn_and_refuses_after_dispose()
    {
        var printer = await ChromiumPdfPrinter.StartAsync(new PdfPrinterOptions(Pages: 1), TestContext.Current.CancellationToken);
        byte[][] pdfs;
        try
        {
            pdfs = await Task.WhenAll(Enumerable.Range(1, 3).Select(i =>
                printer.PrintAsync(PdfSamples.DutchLetter($"Brief {i}"), new DateTime(2026, 1, 1), TestContext.Current.CancellationToken)));
        }
        finally
        {
            await printer.DisposeAsync();
        }

        Assert.Equal(1, printer.Pages);
        Assert.Equal(["Brief 1", "Brief 2", "Brief 3"], pdfs.Select(pdf => PdfTools.InfoField(pdf, "Title")));
        await Assert.ThrowsAsync<ObjectDisposedException>(
            () => printer.PrintAsync("<html></html>", DateTime.UnixEpoch, TestContext.Current.CancellationToken));
    }
}
