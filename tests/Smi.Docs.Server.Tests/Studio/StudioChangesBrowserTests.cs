using Microsoft.Playwright;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// "Wat verandert er?" and the versions page in a real Chromium: type a sentence in the editor, ask what changes, and see
/// it marked as new in the example letters; these pages, the versions and base-set pages and a beheerder's exchange page
/// have no WCAG 2.1 AA violation and load nothing from outside.
/// </summary>
[NeedsChromium]
[Collection(StudioBrowserCollection.Name)]
public sealed class StudioChangesBrowserTests(StudioBrowser browser) : IClassFixture<StudioBrowser>
{
    private const float Wait = 20_000;

    [Fact]
    public async Task A_redacteur_types_a_sentence_and_sees_it_as_new_in_the_example_letters()
    {
        var vera = await browser.Studio.AddAccountAsync("voorbeeldstad", "vera", StudioRole.Redacteur);
        var (page, outside, complaints) = await browser.NewPageAsync();
        await StudioBrowser.SignInAsync(page, "voorbeeldstad", "vera");

        await page.GotoAsync("/studio/toekenning/nl");
        var editor = page.Locator(".cm-content");
        await editor.WaitForAsync(new LocatorWaitForOptions { Timeout = Wait });
        await editor.FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        const string sentence = "Deze zin laat zien wat er verandert.";
        await page.Keyboard.TypeAsync("\n\n" + sentence + "\n");
        await page.FrameLocator("#voorbeeld").GetByText(sentence).WaitForAsync(new LocatorWaitForOptions { Timeout = Wait });
        await page.Locator("#wijzigingen-knop").ClickAsync();
        await page.WaitForURLAsync("**/studio/toekenning/nl/wijzigingen", new PageWaitForURLOptions { Timeout = Wait });

        var added = page.Locator("ins", new PageLocatorOptions { HasText = sentence });
        Assert.Equal(3, await added.CountAsync());
        Assert.Contains("nieuw:", await added.First.InnerTextAsync());
        var violations = (await StudioBrowser.AxeViolationsAsync(page)).Select(v => $"wijzigingen: {v}").ToList();
        // The versions page with a row and its form (a draft to propose), as a redacteur sees it.
        await using (var database = await SmiDatabase.OpenAsync(browser.Studio.Service.Storage, TestContext.Current.CancellationToken))
        {
            await new TemplateVersionStore(database).SaveDraftAsync("voorbeeldstad", "afwijzing", "nl", "tekst", vera.Id, "een opmerking", TestContext.Current.CancellationToken);
        }
        await page.GotoAsync("/studio/afwijzing/nl/versies");
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Voorstellen" }).CountAsync());
        violations.AddRange((await StudioBrowser.AxeViolationsAsync(page)).Select(v => $"versies: {v}"));

        await page.GotoAsync("/studio/toekenning/nl/basis");
        violations.AddRange((await StudioBrowser.AxeViolationsAsync(page)).Select(v => $"basis: {v}"));

        Assert.True(violations.Count == 0, "axe-core WCAG 2.1 AA violations:\n" + string.Join('\n', violations));
        Assert.Empty(outside);
        Assert.True(complaints.Count == 0, string.Join('\n', complaints));
    }

    [Fact]
    public async Task The_exchange_page_of_a_beheerder_has_no_WCAG_2_1_AA_violations()
    {
        await browser.Studio.AddAccountAsync("voorbeeldstad", "wout", StudioRole.Beheerder);
        var (page, outside, complaints) = await browser.NewPageAsync();
        await StudioBrowser.SignInAsync(page, "voorbeeldstad", "wout");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Uitwisselen" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/uitwisselen", new PageWaitForURLOptions { Timeout = Wait });
        var violations = await StudioBrowser.AxeViolationsAsync(page);

        Assert.Equal(1, await page.Locator("input[type=file]#zip").CountAsync());
        Assert.True(violations.Count == 0, "axe-core WCAG 2.1 AA violations:\n" + string.Join('\n', violations));
        Assert.Empty(outside);
        Assert.True(complaints.Count == 0, string.Join('\n', complaints));
    }
}
