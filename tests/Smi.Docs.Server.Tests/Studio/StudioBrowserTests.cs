using Microsoft.Playwright;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// The studio in a real Chromium (issue 16 point 9): sign in with the keyboard, type an error and see it underlined,
/// fix it and see the preview change, save the draft; axe-core finds no WCAG 2.1 AA violation on any page; nothing is
/// loaded from outside and the Content-Security-Policy is never broken.
/// </summary>
[NeedsChromium]
[Collection(StudioBrowserCollection.Name)]
public sealed class StudioBrowserTests(StudioBrowser browser) : IClassFixture<StudioBrowser>
{
    private const float Wait = 20_000;

    private async Task SignInWithTheKeyboardAsync(IPage page, string tenant, string naam)
    {
        await page.GotoAsync("/studio/inloggen");
        // The skip link first, then the studio's name, then the form's fields in order.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Naar de inhoud", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(tenant);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(naam);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(StudioService.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/studio", new PageWaitForURLOptions { Timeout = Wait });
    }

    [Fact]
    public async Task A_redacteur_types_an_error_sees_it_underlined_fixes_it_sees_the_preview_change_and_saves()
    {
        await browser.Studio.AddAccountAsync("voorbeeldstad", "anna", StudioRole.Redacteur);
        var (page, outside, complaints) = await browser.NewPageAsync();
        await SignInWithTheKeyboardAsync(page, "voorbeeldstad", "anna");

        await page.GotoAsync("/studio/toekenning/nl");
        var editor = page.Locator(".cm-content");
        await editor.WaitForAsync(new LocatorWaitForOptions { Timeout = Wait });
        await page.FrameLocator("#voorbeeld").GetByText("U krijgt een vergoeding voor kinderopvang").First.WaitForAsync(new LocatorWaitForOptions { Timeout = Wait });
        await editor.FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        const string error = "\n{{ bestaatniet }}";
        await page.Keyboard.TypeAsync(error);

        await page.Locator(".cm-lintRange-error").First.WaitForAsync(new LocatorWaitForOptions { Timeout = Wait });
        Assert.Contains(Smi.Docs.Diagnostics.TemplateDiagnosticCodes.UnknownPath.Id, await page.Locator("#problemen-lijst").InnerTextAsync());
        // The README's guide shows this moment: scripts/update-screenshots.sh asks for the picture, a normal run does not
        // write into the tree.
        if (Environment.GetEnvironmentVariable("SMI_DOCS_UPDATE_SCREENSHOTS") == "1")
        {
            await page.SetViewportSizeAsync(1280, 900);
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Root, "docs", "images", "studio-editor.png") });
        }

        for (var i = 0; i < error.Length; i++)
        {
            await page.Keyboard.PressAsync("Backspace");
        }
        await page.Keyboard.TypeAsync("\nDeze zin is nieuw in de brief.");
        await page.FrameLocator("#voorbeeld").GetByText("Deze zin is nieuw in de brief.").WaitForAsync(new LocatorWaitForOptions { Timeout = Wait });
        await Assertions.Expect(page.Locator(".cm-lintRange-error")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = Wait });

        // Saving by keyboard: from the editor, Tab leaves it (CodeMirror does not take Tab) towards the save button.
        await page.Locator("#opmerking").FocusAsync();
        await page.Keyboard.TypeAsync("Een zin erbij");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Concept opslaan", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/studio/toekenning/nl?opgeslagen=1", new PageWaitForURLOptions { Timeout = Wait });

        var draft = Assert.Single(await browser.Studio.DraftsAsync("voorbeeldstad"), d => d.Document == "toekenning");
        Assert.EndsWith("Deze zin is nieuw in de brief.", draft.Tekst.TrimEnd());
        Assert.Equal("Een zin erbij", draft.Comment);
        Assert.Empty(outside);
        Assert.True(complaints.Count == 0, string.Join('\n', complaints));
    }

    [Fact]
    public async Task Every_studio_page_has_no_WCAG_2_1_AA_violations()
    {
        await browser.Studio.AddAccountAsync("voorbeeldstad", "bram", StudioRole.Beheerder);
        var (page, outside, complaints) = await browser.NewPageAsync();
        await page.GotoAsync("/studio/inloggen");
        var violations = (await StudioBrowser.AxeViolationsAsync(page)).Select(v => $"inloggen: {v}").ToList();
        await SignInWithTheKeyboardAsync(page, "voorbeeldstad", "bram");

        foreach (var (name, path) in new[] { ("overzicht", "/studio"), ("editor", "/studio/toekenning/nl"), ("gebruikers", "/studio/gebruikers") })
        {
            await page.GotoAsync(path);
            if (name == "editor")
            {
                await page.Locator(".cm-content").WaitForAsync(new LocatorWaitForOptions { Timeout = Wait });
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }
            violations.AddRange((await StudioBrowser.AxeViolationsAsync(page)).Select(v => $"{name}: {v}"));
        }

        Assert.True(violations.Count == 0, "axe-core WCAG 2.1 AA violations:\n" + string.Join('\n', violations));
        Assert.Empty(outside);
        Assert.True(complaints.Count == 0, string.Join('\n', complaints));
    }
}
