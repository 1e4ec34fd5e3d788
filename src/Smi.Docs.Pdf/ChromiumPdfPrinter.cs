using System.Threading.Channels;
using Microsoft.Playwright;

namespace Smi.Docs.Pdf;

/// <summary>
/// Prints complete print-HTML documents (with <c>@page</c> CSS, <c>&lt;html lang&gt;</c> and <c>&lt;title&gt;</c>)
/// to tagged PDF with one warm Chromium (docs/architecture.md §5). Start it once and share it: <see cref="PrintAsync"/> is
/// thread-safe, and concurrent callers each get their own pooled page.
/// </summary>
public sealed class ChromiumPdfPrinter : IAsyncDisposable
{
    // Playwright's default is untagged; tags and /Lang make the letter readable by screen readers.
    private static readonly PagePdfOptions PdfOptions = new()
    {
        Tagged = true,
        Outline = true,
        PreferCSSPageSize = true,
        PrintBackground = true,
    };

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly PagePool _pages;
    private int _disposed;

    private ChromiumPdfPrinter(IPlaywright playwright, IBrowser browser, IBrowserContext context, PagePool pages)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        _pages = pages;
        _browser.Disconnected += (_, _) => _pages.Complete();
    }

    /// <summary>Number of documents that can print at the same time.</summary>
    public int Pages { get; private init; }

    /// <summary>
    /// Launches Chromium (about a second). Throws <see cref="Diagnostics.SmiDocsException"/> with code PDF001
    /// when the executable is missing and PDF002 when it does not start.
    /// </summary>
    public static async Task<ChromiumPdfPrinter> StartAsync(PdfPrinterOptions? options = null, CancellationToken ct = default)
    {
        options ??= new PdfPrinterOptions();
        var pageCount = options.ResolvePageCount();
        var path = options.ResolveChromiumPath();
        ct.ThrowIfCancellationRequested();

        var (playwright, browser, context) = await ChromiumSession.StartAsync(path);
        try
        {
            var pages = await PagePool.OpenAsync(context, pageCount);
            ct.ThrowIfCancellationRequested();
            return new ChromiumPdfPrinter(playwright, browser, context, pages) { Pages = pageCount };
        }
        catch (Exception ex)
        {
            await CloseQuietlyAsync(context, browser, playwright);
            throw ex is PlaywrightException ? PdfErrors.LaunchFailed(path, ex) : ex;
        }
    }

    /// <summary>
    /// Prints <paramref name="html"/> and stamps <paramref name="timestamp"/> (the decision date, never the clock)
    /// as creation and modification date. The token cancels waiting for a free page; a print that has started
    /// finishes (it takes tens of milliseconds) so its page can go back to the pool in a known state.
    /// </summary>
    public async Task<byte[]> PrintAsync(string html, DateTime timestamp, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

        IPage page;
        try
        {
            page = await _pages.RentAsync(ct);
        }
        catch (ChannelClosedException)
        {
            throw PdfErrors.BrowserGone();
        }

        try
        {
            await page.SetContentAsync(html);
            var pdf = await page.PdfAsync(PdfOptions);
            return StructureIdNormalizer.Normalize(PdfDateStamper.Stamp(pdf, timestamp));
        }
        catch (PlaywrightException ex)
        {
            throw PdfErrors.PrintFailed(ex);
        }
        finally
        {
            await _pages.ReturnAsync(page);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _pages.Complete();
        await CloseQuietlyAsync(_context, _browser, _playwright);
    }

    // Closing after a crash throws "target closed"; disposal must still release the driver process.
    private static async Task CloseQuietlyAsync(IBrowserContext context, IBrowser browser, IPlaywright playwright)
    {
        try
        {
            await context.CloseAsync();
            await browser.CloseAsync();
        }
        catch (PlaywrightException)
        {
        }
        finally
        {
            playwright.Dispose();
        }
    }
}
