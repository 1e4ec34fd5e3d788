using Smi.Docs.Pdf;
using Smi.Docs.Tests.Pdf;

// One warm Chromium for the whole test assembly: any test class gets it by asking for ChromiumFixture in its
// constructor, without collection attributes, and classes still run in parallel (the printer is thread-safe).
[assembly: AssemblyFixture(typeof(ChromiumFixture))]

namespace Smi.Docs.Tests.Pdf;

/// <summary>
/// Starts one <see cref="ChromiumPdfPrinter"/> (about a second) and shares it. Tests that need their own printer
/// (e.g. a different Chromium path) start one themselves.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private ChromiumPdfPrinter? _printer;

    public ChromiumPdfPrinter Printer =>
        _printer ?? throw new InvalidOperationException("ChromiumFixture was used before xunit initialised it.");

    public async ValueTask InitializeAsync() => _printer = await ChromiumPdfPrinter.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_printer is not null)
        {
            await _printer.DisposeAsync();
        }
    }
}
