namespace Smi.Docs.Pdf;

/// <summary>
/// How <see cref="ChromiumPdfPrinter"/> starts. <paramref name="Pages"/> is the number of browser pages kept
/// warm; 0 means one per core, capped at 4, because on the measured 2-core machine a third page was slower
/// than two (see <c>reference/pdf-probe.md</c>).
/// </summary>
/// <param name="ChromiumPath">
/// The Chromium executable. When left at the default, the environment variable <c>SMI_DOCS_CHROMIUM</c>
/// may point elsewhere; an explicitly given path always wins.
/// </param>
/// <param name="Pages">Number of pooled pages, i.e. how many documents print at the same time.</param>
public sealed record PdfPrinterOptions(string ChromiumPath = PdfPrinterOptions.DefaultChromiumPath, int Pages = 0)
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>Environment variable that overrides <see cref="DefaultChromiumPath"/>.</summary>
    public const string ChromiumPathVariable = "SMI_DOCS_CHROMIUM";

    internal string ResolveChromiumPath() =>
        ResolveChromiumPath(Environment.GetEnvironmentVariable(ChromiumPathVariable));

    internal string ResolveChromiumPath(string? fromEnvironment) =>
        ChromiumPath != DefaultChromiumPath || string.IsNullOrWhiteSpace(fromEnvironment) ? ChromiumPath : fromEnvironment;

    internal int ResolvePageCount()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Pages);
        return Pages > 0 ? Pages : Math.Clamp(Environment.ProcessorCount, 1, 4);
    }
}
