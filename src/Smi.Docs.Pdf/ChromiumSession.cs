using Microsoft.Playwright;

namespace Smi.Docs.Pdf;

/// <summary>
/// Starts the Playwright driver, the Debian Chromium and one JavaScript-free, offline context.
/// Never downloads a browser: the executable path is always given.
/// </summary>
internal static class ChromiumSession
{
    /// <summary>Used when no <see cref="PdfPrinterOptions"/> says otherwise (the accessibility check).</summary>
    public static readonly TimeSpan DefaultStartTimeout = new PdfPrinterOptions().StartTimeout;

    // --no-pdf-header-footer: otherwise Chromium prints its own date/URL header over the letter.
    // --disable-dev-shm-usage: Debian's wrapper fails to add it in containers (reference/pdf-probe.md §2).
    // The rest keeps the browser off the network (issue 11): Debian's Chromium 156 still asks accounts.google.com
    // (ListAccounts) and update.googleapis.com on start despite --disable-background-networking; the resolver rule
    // makes every host name unresolvable, so no DNS query leaves and nothing connects (but for the IPv6 route probe, a
    // UDP connect that sends no packet). Proved by tests/Smi.Docs.Tests/Pdf/NoNetworkTests.cs (strace of every connect).
    private static readonly string[] Args =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-pdf-header-footer",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-domain-reliability",
        "--disable-client-side-phishing-detection",
        "--metrics-recording-only",
        "--no-pings",
        "--disable-default-apps",
        "--disable-breakpad",
    ];

    /// <param name="javaScript">Off for printing; on only for a caller that runs a script in the page (the accessibility check).</param>
    /// <param name="startTimeout">How long the browser may take to start; then it is killed and PDF005 is thrown.</param>
    public static async Task<(IPlaywright Playwright, IBrowser Browser, IBrowserContext Context)> StartAsync(
        string chromiumPath, bool javaScript = false, TimeSpan? startTimeout = null)
    {
        var timeout = startTimeout ?? DefaultStartTimeout;
        if (!File.Exists(chromiumPath))
        {
            throw PdfErrors.ChromiumMissing(chromiumPath);
        }

        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromiumPath,
                Headless = true,
                Args = Args,
                // Playwright kills the process group when this passes.
                Timeout = (float)timeout.TotalMilliseconds,
            });
            // JavaScript off: the print HTML is static and this is the fastest setting measured (51 ms).
            // Offline: logos arrive as data URIs, and case data must never leave the machine via a URL.
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                JavaScriptEnabled = javaScript,
                Offline = true,
            });
            // Nothing but the document itself: a URL in the print HTML (an image, a font, a link prefetch) is refused
            // here too, before the offline emulation and the resolver rule would have to stop it.
            await context.RouteAsync("**/*", route => route.AbortAsync("blockedbyclient"));
            return (playwright, browser, context);
        }
        catch (TimeoutException) when (playwright is not null)
        {
            playwright.Dispose();
            throw PdfErrors.StartTimedOut(chromiumPath, timeout);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            playwright?.Dispose();
            throw PdfErrors.LaunchFailed(chromiumPath, ex);
        }
    }
}
