using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>The editor's autocomplete (issue 16 point 3): the names the checker accepts, offered inside {{ … }}.</summary>
public sealed class StudioVocabularyTests(StudioService studio) : IClassFixture<StudioService>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_words_of_a_document_are_its_view_models_values_and_the_functions()
    {
        await studio.AddAccountAsync("voorbeeldstad", "wim", StudioRole.Vertaler, ["en"]);
        var client = await studio.SignedInAsync("voorbeeldstad", "wim");

        var words = JsonDocument.Parse(await client.GetStringAsync("/studio/afwijzing/en/woorden", Ct)).RootElement;

        var redenen = words.GetProperty("waarden").EnumerateArray().Single(w => w.GetProperty("naam").GetString() == "redenen");
        Assert.Equal("lijst", redenen.GetProperty("soort").GetString());
        Assert.Contains(redenen.GetProperty("velden").EnumerateArray(), w => w.GetProperty("naam").GetString() == "toelichting");
        Assert.Contains(words.GetProperty("functies").EnumerateArray(), f => f.GetProperty("naam").GetString() == "datum");
    }

    [Fact]
    public async Task Words_need_a_signed_in_account_and_a_known_document()
    {
        await studio.AddAccountAsync("voorbeeldstad", "xander", StudioRole.Redacteur);
        var signedIn = await studio.SignedInAsync("voorbeeldstad", "xander");
        var anonymous = studio.Client();

        Assert.Equal(HttpStatusCode.NotFound, (await signedIn.GetAsync("/studio/bestaatniet/nl/woorden", Ct)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/studio/toekenning/nl/woorden", Ct)).StatusCode);
    }
}

/// <summary>In the real editor: typing inside {{ … }} offers the values, after a loop variable's dot its element's values.</summary>
[NeedsChromium]
[Collection(StudioBrowserCollection.Name)]
public sealed class StudioAutocompleteBrowserTests(StudioBrowser browser) : IClassFixture<StudioBrowser>
{
    private const float Wait = 20_000;

    [Fact]
    public async Task Typing_a_loop_variables_dot_offers_the_list_elements_values_and_enter_takes_one()
    {
        await browser.Studio.AddAccountAsync("voorbeeldstad", "yara", StudioRole.Redacteur);
        var (page, outside, complaints) = await browser.NewPageAsync();
        await StudioBrowser.SignInAsync(page, "voorbeeldstad", "yara");

        await page.GotoAsync("/studio/toekenning/nl");
        var editor = page.Locator(".cm-content");
        await editor.WaitForAsync(new LocatorWaitForOptions { Timeout = Wait });
        await editor.FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n{{ for kind in kinderen }}{{ kind.voorn");

        var option = page.Locator(".cm-tooltip-autocomplete li", new() { HasText = "voornaam" });
        await option.First.WaitForAsync(new LocatorWaitForOptions { Timeout = Wait });
        // Only the element's values after "kind.": nothing of the view model's root such as 'brief'.
        Assert.DoesNotContain("brief", await page.Locator(".cm-tooltip-autocomplete").InnerTextAsync());
        await page.Locator(".cm-tooltip-autocomplete li[aria-selected='true']", new() { HasText = "voornaam" })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = Wait });
        // CodeMirror ignores Enter for 75 ms after the list opens (its interactionDelay, against picking by accident) and
        // then types a new line instead: a person reads the list first, and so does this test.
        await page.WaitForTimeoutAsync(300);
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("{{ kind.voornaam", (await editor.InnerTextAsync()).TrimEnd());
        Assert.Empty(await StudioBrowser.AxeViolationsAsync(page));
        Assert.Empty(outside);
        Assert.Empty(complaints);
    }
}
