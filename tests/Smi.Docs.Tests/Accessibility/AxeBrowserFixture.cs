using System.Text.Json;
using Microsoft.Playwright;
using Smi.Docs.Pdf;

namespace Smi.Docs.Tests.Accessibility;

/// <summary>
/// One Chromium page with axe-core loaded, shared by the accessibility tests. Unlike the PDF printer's context this
/// one runs JavaScript, because axe-core is a script; it stays offline, as the letters need nothing from the network.
/// Chromium starts on first use, so a machine without it fails each test with the launch error.
/// </summary>
public sealed class AxeBrowserFixture : IAsyncDisposable
{
    /// <summary>Installed by scripts/install-prerequisites.sh (npm ci) at the version pinned in package-lock.json.</summary>
    public static string AxeScript { get; } = Path.Combine(TestPaths.Root, "node_modules", "axe-core", "axe.min.js");

    // WCAG 2.1 level A and AA only: the best-practice rules (region, landmark-one-main …) are advice, not the criterion.
    private const string RunAxe = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            targets: v.nodes.map(n => n.target.join(' '))
          }));
        }
        """;

    private readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser, IPage Page)>> _session =
        new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SemaphoreSlim _pageLock = new(1, 1);

    /// <summary>Loads <paramref name="html"/> as it appears in <paramref name="media"/> and returns axe-core's WCAG 2.1 AA violations.</summary>
    public async Task<IReadOnlyList<AxeViolation>> CheckAsync(string html, Media media)
    {
        var page = (await _session.Value).Page;
        await _pageLock.WaitAsync();
        try
        {
            await page.SetContentAsync(html);
            // Injecting axe (half a megabyte) costs about a second, so it is done once: SetContentAsync rewrites the
            // document but keeps the window, and axe.run starts from the live DOM every time.
            if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
            {
                await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
            }
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = media });
            var result = await page.EvaluateAsync<JsonElement>(RunAxe);
            return result.EnumerateArray().Select(Violation).ToList();
        }
        finally
        {
            _pageLock.Release();
        }
    }

    private static AxeViolation Violation(JsonElement v) => new(
        v.GetProperty("id").GetString()!,
        v.GetProperty("impact").GetString(),
        v.GetProperty("help").GetString()!,
        v.GetProperty("helpUrl").GetString()!,
        v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList());

    /// <summary>The PDF printer's own Chromium start (flags, offline context), with JavaScript on for axe.</summary>
    private static async Task<(IPlaywright, IBrowser, IPage)> StartAsync()
    {
        var (playwright, browser, context) = await ChromiumSession.StartAsync(PdfPrinterOptions.DefaultChromiumPath, javaScript: true);
        return (playwright, browser, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (_session.IsValueCreated && _session.Value.IsCompletedSuccessfully)
        {
            var (playwright, browser, _) = _session.Value.Result;
            await browser.CloseAsync();
            playwright.Dispose();
        }
        _pageLock.Dispose();
    }
}
