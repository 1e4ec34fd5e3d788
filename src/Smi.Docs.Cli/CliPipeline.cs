using Smi.Docs.Docx;
using Smi.Docs.Pdf;
using Smi.Docs.Pipeline;

namespace Smi.Docs.Cli;

/// <summary>
/// The pipeline of one command run with a renderer per format asked for; owns the browser behind the PDF renderer,
/// which is started only when PDF is asked for and closed when the run ends.
/// </summary>
internal sealed class CliPipeline : IAsyncDisposable
{
    private readonly ChromiumPdfPrinter? _printer;

    private CliPipeline(DocumentPipeline pipeline, ChromiumPdfPrinter? printer)
    {
        Pipeline = pipeline;
        _printer = printer;
    }

    public DocumentPipeline Pipeline { get; }

    /// <summary>How long the browser took to start (Playwright's driver and Chromium), and how long the templates took to compile.</summary>
    public (TimeSpan Browser, TimeSpan Templates) StartTimes { get; private init; }

    public static async Task<CliPipeline> StartAsync(string templatesDirectory, IReadOnlyList<string> formats, CancellationToken cancellationToken)
    {
        var builder = DocumentPipeline.CreateBuilder(templatesDirectory);
        ChromiumPdfPrinter? printer = null;
        var browserStart = TimeSpan.Zero;
        try
        {
            foreach (var format in formats)
            {
                switch (format)
                {
                    case DocumentFormats.Html:
                        builder.UseHtml();
                        break;
                    case DocumentFormats.Docx:
                        builder.UseDocx();
                        break;
                    case DocumentFormats.Pdf:
                        var clock = System.Diagnostics.Stopwatch.StartNew();
                        printer = await ChromiumPdfPrinter.StartAsync(ct: cancellationToken);
                        browserStart = clock.Elapsed;
                        builder.UsePdf(printer);
                        break;
                }
            }
            var compile = System.Diagnostics.Stopwatch.StartNew();
            var pipeline = builder.Build();
            return new CliPipeline(pipeline, printer) { StartTimes = (browserStart, compile.Elapsed) };
        }
        catch
        {
            if (printer is not null)
            {
                await printer.DisposeAsync();
            }
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_printer is not null)
        {
            await _printer.DisposeAsync();
        }
    }
}
