using System.Threading.Channels;
using Microsoft.Playwright;

namespace Smi.Docs.Pdf;

/// <summary>
/// Prints complete print-HTML documents (with <c>@page</c> CSS, <c>&lt;html lang&gt;</c> and <c>&lt;title&gt;</c>)
/// to tagged PDF with one warm Chromium (docs/architecture.md §5). Start it once and share it: <see cref="PrintAsync"/> is
/// thread-safe, and concurrent callers each get their own pooled page.
/// </summary>
public sealed class ChromiumPdfPrinter : IPdfPrinter, IAsyncDisposable
{
    // Playwright's default is untagged; tags and /Lang make the letter readable by screen readers.
    internal static readonly PagePdfOptions PdfOptions = new()
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
    private readonly PdfPrinterOptions _options;
    private readonly FontCoverage? _fonts;
    private int _disposed;

    /// <summary>Set when the browser stopped answering as a whole (a page could not even be closed).</summary>
    private int _stuck;

    private ChromiumPdfPrinter(IPlaywright playwright, IBrowser browser, IBrowserContext context, PagePool pages, PdfPrinterOptions options, FontCoverage? fonts)
    {
        _options = options;
        _fonts = fonts;
        _playwright = playwright;
        _browser = browser;
        _context = context;
        _pages = pages;
        _browser.Disconnected += (_, _) => _pages.Complete();
    }

    /// <summary>Number of documents that can print at the same time.</summary>
    public int Pages { get; private init; }

    /// <summary>
    /// False once the browser process is gone (crashed, killed or disposed) or stuck as a whole (a print ran past its time
    /// and its page could not be closed either): every print fails from then on, and its owner starts a new browser.
    /// </summary>
    public bool IsConnected => Volatile.Read(ref _disposed) == 0 && Volatile.Read(ref _stuck) == 0 && _browser.IsConnected;

    /// <summary>
    /// Launches Chromium (about a second). Throws <see cref="Diagnostics.SmiDocsException"/> with code PDF001
    /// when the executable is missing, PDF002 when it does not start and PDF005 when it does not start within
    /// <see cref="PdfPrinterOptions.StartTimeout"/>.
    /// </summary>
    public static async Task<ChromiumPdfPrinter> StartAsync(PdfPrinterOptions? options = null, CancellationToken ct = default)
    {
        options ??= new PdfPrinterOptions();
        var pageCount = options.ResolvePageCount();
        var path = options.ResolveChromiumPath();
        ct.ThrowIfCancellationRequested();
        var fonts = FontCoverage.Load();

        var (playwright, browser, context) = await ChromiumSession.StartAsync(path, startTimeout: options.StartTimeout);
        try
        {
            var pages = await PagePool.OpenAsync(context, pageCount);
            ct.ThrowIfCancellationRequested();
            return new ChromiumPdfPrinter(playwright, browser, context, pages, options, fonts) { Pages = pageCount };
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
    /// finishes (it takes tens of milliseconds) so its page can go back to the pool in a known state, unless it runs
    /// past <see cref="PdfPrinterOptions.PrintTimeout"/> (PDF006: its page is closed and replaced). A PDF of more than
    /// <see cref="PdfPrinterOptions.MaxPages"/> pages is refused (PDF007), and so is text with a character no installed
    /// font has (PDF008), before it is printed.
    /// </summary>
    public async Task<byte[]> PrintAsync(string html, DateTime timestamp, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_fonts?.FirstMissing(html) is { } missing)
        {
            throw PdfErrors.GlyphMissing(missing);
        }

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
            var pdf = await PrintWithinAsync(page, html);
            var pages = PdfPageCount.Of(pdf);
            if (pages > _options.MaxPages)
            {
                throw PdfErrors.TooManyPages(pages, _options.MaxPages);
            }
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

    // Playwright's page.pdf has no time-out of its own, and a renderer stuck in layout answers nothing: the page is
    // closed without unload handlers (which kills its renderer) and the pool replaces it.
    private async Task<byte[]> PrintWithinAsync(IPage page, string html)
    {
        var print = PrintAsync(page, html);
        try
        {
            return await print.WaitAsync(_options.PrintTimeout);
        }
        catch (System.TimeoutException) when (!print.IsCompleted)
        {
            _ = print.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            try
            {
                await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = false }).WaitAsync(_options.PrintTimeout);
            }
            catch (Exception ex) when (ex is PlaywrightException or System.TimeoutException)
            {
                // The browser is stuck as a whole (frozen, or a renderer that holds the browser): it will not come back.
                // This printer is done; no page is handed out any more, and disposing it ends the driver and the browser.
                Volatile.Write(ref _stuck, 1);
                _pages.Complete();
            }
            throw PdfErrors.PrintTimedOut(_options.PrintTimeout);
        }
    }

    private static async Task<byte[]> PrintAsync(IPage page, string html)
    {
        await page.SetContentAsync(html, new PageSetContentOptions { Timeout = 0 });
        return await page.PdfAsync(PdfOptions);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _pages.Complete();
        if (Volatile.Read(ref _stuck) != 0)
        {
            // A stuck browser answers no close; ending the driver takes the browser it launched down with it.
            _playwright.Dispose();
            return;
        }
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
