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

    [Fact]
    public async Task Printer_with_one_page_serves_concurrent_callers_one_after_another()
    {
        await using var printer = await ChromiumPdfPrinter.StartAsync(new PdfPrinterOptions(Pages: 1), TestContext.Current.CancellationToken);

        var pdfs = await Task.WhenAll(Enumerable.Range(1, 3).Select(i =>
            printer.PrintAsync(PdfSamples.DutchLetter($"Brief {i}"), new DateTime(2026, 1, 1), TestContext.Current.CancellationToken)));

        Assert.Equal(1, printer.Pages);
        Assert.Equal(["Brief 1", "Brief 2", "Brief 3"], pdfs.Select(pdf => PdfTools.InfoField(pdf, "Title")));
    }

    [Fact]
    public async Task Disposed_printer_refuses_to_print()
    {
        var printer = await ChromiumPdfPrinter.StartAsync(new PdfPrinterOptions(Pages: 1), TestContext.Current.CancellationToken);
        await printer.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(
            () => printer.PrintAsync("<html></html>", DateTime.UnixEpoch, TestContext.Current.CancellationToken));
    }
}
