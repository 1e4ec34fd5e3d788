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
    /// <summary>
    /// How long Chromium may take to start (about a second when it is well; Playwright's own default is three minutes).
    /// A browser that hangs at start is PDF005 after this, not a caller blocked for minutes.
    /// </summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long one document may take to print. A letter prints in well under a second, a 100 KB unbroken word in about
    /// one; the budget stops a page whose layout runs away (PDF006) and the page is replaced.
    /// </summary>
    public TimeSpan PrintTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most pages one printed PDF may have. Our longest letter has four or five; a document past this is a runaway
    /// (a 1 MB value prints 300 pages) and is refused with PDF007 rather than posted.
    /// </summary>
    public int MaxPages { get; init; } = 50;

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
