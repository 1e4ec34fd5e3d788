using Smi.Docs.Diagnostics;
using Smi.Docs.Pdf;

namespace Smi.Docs.Server.Hosting;

/// <summary>
/// The one warm Chromium every PDF request shares (docs/architecture.md §5): started with the service, closed when it
/// stops, after the server has finished the requests in flight. When it cannot start, the service still serves HTML and
/// DOCX and answers PDF requests 503 with the printer's own diagnostic, and tries again on a later request.
/// </summary>
/// <remarks>
/// A browser that dies later (killed for memory, a renderer crash that takes the browser along) is replaced: the request
/// that finds it dead starts a new one and prints once more; requests that find it dead at the same time wait for that
/// one start instead of each starting their own. A browser that did not start with the service (a package installed
/// a minute later, a full /tmp freed) is started by the first PDF request or readiness probe after that. A start that
/// fails is not tried again for <see cref="PdfQueue.RetryAfterSeconds"/>, so a broken installation costs each request no
/// more than the answer 503.
/// </remarks>
internal sealed class ChromiumHost(ServerSettings settings, ILogger<ChromiumHost> logger) : IHostedService, IPdfPrinter
{
    // A killed browser fails the print on its closed pipe a moment before Playwright reports it disconnected.
    private static readonly TimeSpan DisconnectGrace = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _restart = new(1, 1);

    // Browsers being closed after they were replaced. A frozen one is only ended when Playwright's driver gives up its
    // graceful close (about 30 s), so the new browser does not wait for that; the service's stop does.
    private readonly List<Task> _retiring = [];
    private ChromiumPdfPrinter? _current;
    private long? _restartFailedAt;
    private bool _stopping;

    /// <summary>The printer the pipelines use (this host, which starts or replaces the browser), or null when PDF is switched off.</summary>
    public IPdfPrinter? Printer => settings.Pdf ? this : null;

    /// <summary>Why there is no printer: switched off, or the printer's start diagnostics (PDF001, …).</summary>
    public IReadOnlyList<Diagnostic> Unavailable { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!settings.Pdf)
        {
            Unavailable = [Diagnostic.Error(ServerCodes.PdfSwitchedOff, "this service makes no PDF (Smi:Pdf is off); ask for HTML or DOCX", new SourceLocation(null))];
            return;
        }
        try
        {
            _current = await LaunchAsync(cancellationToken);
            logger.LogInformation("Chromium started with {Pages} pages", _current.Pages);
        }
        catch (SmiDocsException e)
        {
            Unavailable = e.Diagnostics;
            _restartFailedAt = Environment.TickCount64;
            logger.LogWarning("Chromium did not start ({Codes}); PDF requests get 503 until a later start succeeds", Codes(e));
        }
    }

    /// <summary>Whether PDF can be printed now: a browser runs, or one was started (again) for this question.</summary>
    public async Task<bool> AvailableAsync()
    {
        if (!settings.Pdf)
        {
            return false;
        }
        if (Volatile.Read(ref _current) is not { IsConnected: true })
        {
            await ReplaceAsync(Volatile.Read(ref _current));
        }
        return Volatile.Read(ref _current) is { IsConnected: true };
    }

    /// <summary>
    /// Prints with the current browser; when that browser turns out to be dead, starts a new one and prints once more.
    /// A second failure is the caller's 503.
    /// </summary>
    public async Task<byte[]> PrintAsync(string html, DateTime timestamp, CancellationToken ct = default)
    {
        var printer = Volatile.Read(ref _current) ?? await ReplaceAsync(null) ?? throw new SmiDocsException(Unavailable);
        try
        {
            return await printer.PrintAsync(html, timestamp, ct);
        }
        catch (SmiDocsException e) when (e.Diagnostics.Any(d => d.Definition == PdfCodes.PrintTimedOut) && !printer.IsConnected)
        {
            // The browser froze on this letter as a whole: the next requests get a new one. This letter is not printed
            // again, since the letter itself may be what froze it (PDF006 tells the caller).
            await ReplaceAsync(printer);
            throw;
        }
        catch (Exception e) when (e is ObjectDisposedException || (e is SmiDocsException failure && MayBeDead(failure)))
        {
            if (!await DiedAsync(printer) || await ReplaceAsync(printer) is not { } fresh)
            {
                throw;
            }
            return await fresh.PrintAsync(html, timestamp, ct);
        }
    }

    /// <summary>Whether a browser is running; a dead or missing one is started first, so a readiness probe alone brings it back.</summary>
    public Task<bool> ReadyAsync() => AvailableAsync();

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _restart.WaitAsync(CancellationToken.None);
        try
        {
            _stopping = true;
            if (_current is { } printer)
            {
                await printer.DisposeAsync();
            }
            await Task.WhenAll(_retiring).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("A replaced Chromium was still closing when the service stopped");
        }
        finally
        {
            _restart.Release();
        }
    }

    private static bool MayBeDead(SmiDocsException failure) =>
        failure.Diagnostics.Any(d => d.Definition == PdfCodes.BrowserGone || d.Definition == PdfCodes.PrintFailed);

    private static async Task<bool> DiedAsync(ChromiumPdfPrinter printer)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (printer.IsConnected && waited.Elapsed < DisconnectGrace)
        {
            await Task.Delay(50);
        }
        return !printer.IsConnected;
    }

    /// <summary>
    /// The browser that replaces <paramref name="dead"/> (null: the one that never started): started here, or by whoever
    /// got here first; null when none starts.
    /// </summary>
    private async Task<ChromiumPdfPrinter?> ReplaceAsync(ChromiumPdfPrinter? dead)
    {
        await _restart.WaitAsync(CancellationToken.None);
        try
        {
            if (_stopping)
            {
                return null;
            }
            if (!ReferenceEquals(_current, dead))
            {
                return _current;
            }
            if (_restartFailedAt is { } failedAt && Environment.TickCount64 - failedAt < PdfQueue.RetryAfterSeconds * 1000L)
            {
                return null;
            }
            if (dead is not null)
            {
                logger.LogWarning("Chromium is no longer running; starting a new one");
                _retiring.RemoveAll(task => task.IsCompleted);
                _retiring.Add(Task.Run(async () => await dead.DisposeAsync()));
            }
            try
            {
                var fresh = await LaunchAsync(CancellationToken.None);
                Volatile.Write(ref _current, fresh);
                _restartFailedAt = null;
                Unavailable = [];
                logger.LogInformation("Chromium started again with {Pages} pages", fresh.Pages);
                return fresh;
            }
            catch (SmiDocsException e)
            {
                _restartFailedAt = Environment.TickCount64;
                Unavailable = e.Diagnostics;
                logger.LogError("Chromium did not start again ({Codes}); PDF requests get 503 until it does", Codes(e));
                return null;
            }
        }
        finally
        {
            _restart.Release();
        }
    }

    private Task<ChromiumPdfPrinter> LaunchAsync(CancellationToken cancellationToken) =>
        ChromiumPdfPrinter.StartAsync((settings.Chromium is { } path ? new PdfPrinterOptions(path) : new PdfPrinterOptions()) with { PrintTimeout = settings.PdfPrintTimeout }, cancellationToken);

    private static string Codes(SmiDocsException e) => string.Join(", ", e.Diagnostics.Select(d => d.Code));
}
