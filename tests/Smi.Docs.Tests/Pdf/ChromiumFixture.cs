using Smi.Docs.Pdf;
using Smi.Docs.Tests.Pdf;

// One warm Chromium for the whole test assembly: any test class gets it by taking a ChromiumFixture constructor
// parameter, without collection attributes, and classes still run in parallel (the printer is thread-safe).
[assembly: AssemblyFixture(typeof(ChromiumFixture))]

namespace Smi.Docs.Tests.Pdf;

/// <summary>
/// Shares one <see cref="ChromiumPdfPrinter"/>. xunit creates assembly fixtures for every run, even a filtered
/// run of DOCX tests, so Chromium starts (about a second) on the first print, not in <see cref="InitializeAsync"/>:
/// non-PDF tests neither wait for it nor fail on a machine without it. A failed start fails every PDF test
/// with the same PDF001/PDF002 message.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private readonly Lazy<Task<ChromiumPdfPrinter>> _printer =
        new(() => ChromiumPdfPrinter.StartAsync(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared printer, started on first use.</summary>
    public Task<ChromiumPdfPrinter> GetPrinterAsync() => _printer.Value;

    /// <summary>Prints with the shared printer; <paramref name="timestamp"/> is the decision date.</summary>
    public async Task<byte[]> PrintAsync(string html, DateTime timestamp) =>
        await (await GetPrinterAsync()).PrintAsync(html, timestamp, TestContext.Current.CancellationToken);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_printer.IsValueCreated && _printer.Value.IsCompletedSuccessfully)
        {
            await _printer.Value.Result.DisposeAsync();
        }
    }
}
