using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Smi.Docs.Server.Tests.Api;
using Smi.Docs.Server.Tests.Studio;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>The service on Kestrel with the demo tenant, and a headless Debian Chromium to fill in the form as a parent would.</summary>
public sealed class FormBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public TestService Service { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string Address { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await Service.AddTenantAsync("voorbeeldstad");
        Service.UseKestrel(0);
        Service.StartServer();
        Address = Service.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SMI_DOCS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        await Service.DisposeAsync();
    }
}

/// <summary>
/// The whole form in a real Chromium, in Dutch and in Arabic (issue 17 point 8): every step filled in and sent, a wrong
/// BSN, a wrong IBAN and a fake PDF shown with the error summary focused, a real PDF attached, the draft continued in
/// another browser with its code, and axe-core finding no WCAG 2.1 AA violation on any page, errors included.
/// </summary>
[NeedsChromium]
[Collection(StudioBrowserCollection.Name)]
public sealed class FormBrowserTests(FormBrowser browser) : IClassFixture<FormBrowser>
{
    [Theory]
    [InlineData("nl", "Aanvraag beginnen")]
    [InlineData("ar", "بدء الطلب")]
    public async Task The_whole_form_is_filled_in_and_sent_with_no_axe_violation_on_any_page(string taal, string begin)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Address });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        async Task AxeAsync() => violations.AddRange((await StudioBrowser.AxeViolationsAsync(page)).Select(v => $"{page.Url}: {v}"));

        await page.GotoAsync($"/formulier/voorbeeldstad?taal={taal}");
        await AxeAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = begin }).ClickAsync();
        Assert.Equal(taal == "ar" ? "rtl" : "ltr", await page.GetAttributeAsync("html", "dir"));

        var answers = FormFlow.Answers();
        for (var step = 1; step <= answers.Count; step++)
        {
            await page.WaitForURLAsync($"**/stap/{step}?taal={taal}");
            await AxeAsync();
            if (step == 1)
            {
                await FillAsync(page, new Dictionary<string, string>(answers[1]) { ["aanvrager-bsn"] = "123456783" });
                await page.Locator("button[value=volgende]:not([hidden])").ClickAsync();
                // The summary takes focus by itself (autofocus, no script), so a screen reader reads it first.
                await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.classList.contains('formulier-fouten')", null, new() { Timeout = 10_000 });
                Assert.Equal("123456783", await page.InputValueAsync("#aanvrager-bsn"));
                await AxeAsync();
            }
            if (step == 3)
            {
                // Another browser (no cookie) continues with the code, typed in small letters with spaces.
                var code = System.Text.RegularExpressions.Regex.Match(await page.InnerTextAsync(".formulier-code"), "[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").Value;
                var other = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Address });
                var resumed = await other.NewPageAsync();
                await resumed.GotoAsync($"/formulier/voorbeeldstad?taal={taal}");
                await resumed.FillAsync("#code", code.ToLowerInvariant().Replace('-', ' '));
                await resumed.Locator("button[value=verder]").ClickAsync();
                await resumed.WaitForURLAsync($"**/stap/1?taal={taal}");
                Assert.Equal(answers[1]["aanvrager-achternaam"], await resumed.InputValueAsync("#aanvrager-achternaam"));
                await resumed.GotoAsync($"/formulier/voorbeeldstad/stap/3?taal={taal}");
                await context.CloseAsync();
                (context, page) = (other, resumed);
            }
            if (step == 6)
            {
                // "Paid to me" opens the IBAN box; one with wrong check digits is refused with the summary focused.
                await FillAsync(page, answers[6]);
                await page.Locator("button[value=volgende]:not([hidden])").ClickAsync();
                await page.Locator("#betaling-iban").WaitForAsync(new() { Timeout = 10_000 });
                await page.FillAsync("#betaling-iban", "NL91 ABNA 0417 1643 01");
                await page.Locator("button[value=volgende]:not([hidden])").ClickAsync();
                await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.classList.contains('formulier-fouten')", null, new() { Timeout = 10_000 });
                Assert.Equal("#betaling-iban", await page.Locator(".formulier-fouten a").GetAttributeAsync("href"));
                await AxeAsync();
            }
            if (step == answers.Count)
            {
                await AttachAsync(page, AxeAsync);
            }
            // An answer that opens questions on the page (the IBAN after "paid to me") takes a second round.
            for (var round = 0; round < 2 && page.Url.Contains($"/stap/{step}?", StringComparison.Ordinal); round++)
            {
                await FillAsync(page, answers[step]);
                await page.Locator("button[value=volgende]:not([hidden])").ClickAsync();
                await page.WaitForLoadStateAsync();
            }
        }
        await page.WaitForURLAsync($"**/controle?taal={taal}");
        await AxeAsync();
        await page.Locator("button[value=versturen]").ClickAsync();
        await page.WaitForURLAsync($"**/verzonden?taal={taal}");
        await AxeAsync();

        Assert.Contains("AV-", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        // The privacy and accessibility statements, linked from every page's footer.
        foreach (var statement in new[] { "privacy", "toegankelijkheid" })
        {
            await page.Locator($"footer a[href*='/{statement}?']").ClickAsync();
            await page.WaitForURLAsync($"**/{statement}?taal={taal}");
            await AxeAsync();
        }
        Assert.Empty(violations);
        await context.CloseAsync();
    }

    /// <summary>
    /// On the attachments step: a program renamed to contract.pdf is refused at its box with the summary focused, then a
    /// real PDF is taken and listed; axe-core runs on both pages.
    /// </summary>
    private static async Task AttachAsync(IPage page, Func<Task> axeAsync)
    {
        await page.SetInputFilesAsync("#bestand-opvang", new FilePayload { Name = "contract.pdf", MimeType = "application/pdf", Buffer = "MZ\x90\0 not a contract"u8.ToArray() });
        await page.Locator("button[value=bestand-toevoegen]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.classList.contains('formulier-fouten')", null, new() { Timeout = 10_000 });
        Assert.Equal("#bestand-opvang", await page.Locator(".formulier-fouten a").GetAttributeAsync("href"));
        Assert.Equal("true", await page.GetAttributeAsync("#bestand-opvang", "aria-invalid"));
        Assert.Equal(0, await page.Locator(".formulier-bestanden li").CountAsync());
        await axeAsync();

        await page.SetInputFilesAsync("#bestand-opvang", new FilePayload { Name = "contract.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n% contract\n%%EOF\n"u8.ToArray() });
        await page.Locator("button[value=bestand-toevoegen]").ClickAsync();
        await page.Locator("#bestand-opvang-lijst li").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(0, await page.Locator(".formulier-fouten").CountAsync());
        await axeAsync();
    }

    /// <summary>Types each answer into its box, or ticks the option with that value.</summary>
    private static async Task FillAsync(IPage page, IReadOnlyDictionary<string, string> answers)
    {
        foreach (var (name, value) in answers.Where(a => a.Key != "kinderen"))
        {
            var id = name.Replace('.', '-');
            if (await page.Locator($"[id=\"{id}\"]").CountAsync() == 1)
            {
                await page.FillAsync($"[id=\"{id}\"]", value);
            }
            else if (await page.Locator($"[id=\"{id}-{value}\"]").CountAsync() == 1)
            {
                await page.CheckAsync($"[id=\"{id}-{value}\"]");
            }
        }
    }
}
