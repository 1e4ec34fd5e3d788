using Smi.Docs.Diagnostics;
using Smi.Docs.Pdf;

namespace Smi.Docs.Server.Hosting;

/// <summary>
/// The one warm Chromium every PDF request shares (docs/architecture.md §5): started with the service, closed when it
/// stops, after the server has finished the requests in flight. When it cannot start, the service still serves HTML and
/// DOCX and answers PDF requests 503 with the printer's own diagnostic.
/// </summary>
internal sealed class ChromiumHost(ServerSettings settings, ILogger<ChromiumHost> logger) : IHostedService
{
    public ChromiumPdfPrinter? Printer { get; private set; }

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
            Printer = await ChromiumPdfPrinter.StartAsync(settings.Chromium is { } path ? new PdfPrinterOptions(path) : null, cancellationToken);
            logger.LogInformation("Chromium started with {Pages} pages", Printer.Pages);
        }
        catch (SmiDocsException e)
        {
            Unavailable = e.Diagnostics;
            logger.LogWarning("Chromium did not start ({Codes}); PDF requests get 503", string.Join(", ", e.Diagnostics.Select(d => d.Code)));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Printer is not null)
        {
            await Printer.DisposeAsync();
            Printer = null;
        }
    }
}
