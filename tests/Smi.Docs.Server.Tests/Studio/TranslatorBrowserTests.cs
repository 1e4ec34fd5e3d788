using System.Xml.Linq;
using Microsoft.Playwright;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// The translator's flow in a real Chromium (issue 16 points 6 and 9): a vertaler signs in, opens the translators'
/// view from the overview, sees the changed Dutch line marked, edits a segment by keyboard with the chips left alone,
/// saves, downloads the XLIFF and uploads an edited one; axe-core finds no WCAG 2.1 AA violation on the page.
/// </summary>
[NeedsChromium]
[Collection(StudioBrowserCollection.Name)]
public sealed class TranslatorBrowserTests(StudioBrowser browser) : IClassFixture<StudioBrowser>
{
    private const float Wait = 20_000;

    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";

    [Fact]
    public async Task A_vertaler_sees_the_change_edits_between_the_chips_saves_and_exchanges_XLIFF()
    {
        using var set = await TranslatorTemplateSet.WithChangedDutchAsync(TestContext.Current.CancellationToken);
        const string tenant = "vertaalstad";
        await browser.Studio.Service.AddTenantAsync(tenant, templates: set.Templates);
        await browser.Studio.AddAccountAsync(tenant, "vera", StudioRole.Vertaler, "en");
        var (page, outside, complaints) = await browser.NewPageAsync();
        await StudioBrowser.SignInAsync(page, tenant, "vera");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Vertalen toekenning, English" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/toekenning/en/vertalen", new PageWaitForURLOptions { Timeout = Wait });
        var violations = (await StudioBrowser.AxeViolationsAsync(page)).ToList();

        // The changed sentence is marked in words on its Dutch line, and its segment's heading says so too.
        var changed = page.Locator(".studio-line--changed");
        Assert.Equal(1, await changed.CountAsync());
        Assert.Contains("gewijzigd", await changed.InnerTextAsync());
        Assert.Contains("Wij hebben uw aanvraag goed bekeken.", await changed.InnerTextAsync());
        Assert.Contains("gewijzigd", await page.Locator("#segment-4-kop").InnerTextAsync());

        // The first field of segment 4 stands before the chip {{ datum brief.aanvraagdatum }}; Tab goes past the chip to the next field.
        var first = page.Locator("#s4-0");
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Your application reached us on ");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("s4-1", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Locator("#status").SelectOptionAsync("vertaald");
        await page.Locator("#bijgewerkt").CheckAsync();
        await page.Locator("#opmerking").FillAsync("alinea 2 nagekeken");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Concept opslaan" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/toekenning/en/vertalen?opgeslagen=1", new PageWaitForURLOptions { Timeout = Wait });

        var draft = Assert.Single(await browser.Studio.DraftsAsync(tenant));
        Assert.Contains("Your application reached us on {{ datum brief.aanvraagdatum }}.", draft.Tekst);
        Assert.Contains("\nstatus: vertaald\n", draft.Tekst);
        Assert.Equal(0, await page.Locator(".studio-line--changed").CountAsync());
        violations.AddRange(await StudioBrowser.AxeViolationsAsync(page));

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#xliff-download").ClickAsync());
        Assert.Equal("toekenning.en.xlf", download.SuggestedFilename);
        var xliff = XDocument.Load(await download.PathAsync(), LoadOptions.PreserveWhitespace);
        var target = xliff.Descendants(X + "unit").Single(u => (string?)u.Attribute("name") == "p2").Descendants(X + "target").Single();
        Assert.StartsWith("Your application reached us on ", target.Value);
        target.Nodes().OfType<XText>().First().Value = "We got your application on ";
        var edited = Path.Combine(set.Folder, "toekenning.en.xlf");
        await File.WriteAllTextAsync(edited, xliff.Declaration + xliff.ToString(SaveOptions.DisableFormatting), TestContext.Current.CancellationToken);

        await page.Locator("#xliff-bestand").SetInputFilesAsync(edited);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "XLIFF uploaden" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/toekenning/en/vertalen?xliff=1", new PageWaitForURLOptions { Timeout = Wait });

        var drafts = await browser.Studio.DraftsAsync(tenant);
        Assert.Equal(2, drafts.Count);
        Assert.Contains("We got your application on {{ datum brief.aanvraagdatum }}.", drafts[0].Tekst);
        Assert.Equal("We got your application on ", await page.Locator("#s4-0").InputValueAsync());
        Assert.True(violations.Count == 0, "axe-core WCAG 2.1 AA violations:\n" + string.Join('\n', violations));
        Assert.Empty(outside);
        Assert.True(complaints.Count == 0, string.Join('\n', complaints));
    }
}
