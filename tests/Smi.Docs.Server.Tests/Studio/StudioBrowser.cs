using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// The studio on Kestrel and a headless Debian Chromium driving it, as a person would, with axe-core at hand. Every
/// request the page makes to anywhere but the service is refused and recorded, and so is every Content-Security-Policy
/// complaint in the console: the tests expect none of either.
/// </summary>
public class StudioBrowser : IAsyncLifetime
{
    public StudioBrowser()
        : this(new StudioService())
    {
    }

    /// <summary>On a studio service of the subclass's choosing (a fixture may have only one public constructor).</summary>
    protected StudioBrowser(StudioService studio) => Studio = studio;

    private static readonly string AxeScript = Path.Combine(RepoPaths.Root, "node_modules", "axe-core", "axe.min.js");

    // WCAG 2.1 level A and AA only, as tests/Smi.Docs.Tests/Accessibility runs it.
    private const string RunAxe = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '));
        }
        """;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public StudioService Studio { get; }

    public string Address { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await Studio.InitializeAsync();
        Studio.Service.UseKestrel(0);
        Studio.Service.StartServer();
        Address = Studio.Service.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SMI_DOCS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Signs in through the form (the keyboard-only way is StudioBrowserTests' own test) and waits for the overview.</summary>
    public static async Task SignInAsync(IPage page, string tenant, string naam)
    {
        await page.GotoAsync("/studio/inloggen");
        await page.Locator("#gemeente").FillAsync(tenant);
        await page.Locator("#gebruikersnaam").FillAsync(naam);
        await page.Locator("#wachtwoord").FillAsync(StudioService.Password);
        await page.Locator("#wachtwoord").PressAsync("Enter");
        await page.WaitForURLAsync("**/studio", new PageWaitForURLOptions { Timeout = 20_000 });
    }

    /// <summary>A fresh browser context (its own cookies) on the service, with what it tried to load from outside and the policy complaints in its console.</summary>
    public async Task<(IPage Page, List<string> Outside, List<string> PolicyComplaints)> NewPageAsync()
    {
        var outside = new List<string>();
        var complaints = new List<string>();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address });
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(Address, StringComparison.Ordinal) || route.Request.Url.StartsWith("about:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (outside)
                {
                    outside.Add(route.Request.Url);
                }
                await route.AbortAsync("blockedbyclient");
            }
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (complaints)
                {
                    complaints.Add($"{page.Url} {message.Location}: {message.Text}");
                }
            }
        };
        return (page, outside, complaints);
    }

    /// <summary>axe-core's WCAG 2.1 AA violations on the page as it is now. axe is evaluated through the DevTools protocol, which the page's policy does not govern (a script tag would be refused).</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript));
        var result = await page.EvaluateAsync<JsonElement>(RunAxe);
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        await Studio.DisposeAsync();
    }
}
