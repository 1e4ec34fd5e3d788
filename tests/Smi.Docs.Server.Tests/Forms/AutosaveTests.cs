using System.Net;
using Microsoft.Playwright;
using Smi.Docs.Server.Tests.Api;
using Smi.Docs.Server.Tests.Studio;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// Autosave (issue 17 point 4): the step's answers are stored as the draft while the parent types, unchecked and as typed,
/// with the page's token; the step's own button still checks them and moves on.
/// </summary>
public sealed class AutosaveTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_steps_answers_are_saved_as_typed_without_checking_and_only_with_the_drafts_token()
    {
        await using var service = new TestService();
        await service.AddTenantAsync("voorbeeldstad");
        var parent = new FormFlow(service);
        await parent.BeginAsync();
        Assert.Contains($"data-bewaren=\"{parent.Root}/stap/1/bewaren{parent.Query}\"", parent.Last.Html, StringComparison.Ordinal);
        var save = $"{parent.Root}/stap/1/bewaren{parent.Query}";

        var withoutToken = await parent.Client.PostAsync(save, new FormUrlEncodedContent([KeyValuePair.Create("aanvrager-achternaam", "Qwertzuiop")]), Ct);
        await parent.PostAsync(save, [KeyValuePair.Create("aanvrager-achternaam", "Vrzlquistenbosch"), KeyValuePair.Create("aanvrager-bsn", "1112")]);
        var saved = parent.Last.Status;
        await parent.GetAsync($"{parent.Root}/stap/1{parent.Query}");

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, saved);
        // Kept as typed, a BSN of 4 digits too: the check is the step's button's, and its page says what is wrong.
        Assert.Contains("value=\"Vrzlquistenbosch\"", parent.Last.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"1112\"", parent.Last.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Qwertzuiop", parent.Last.Html, StringComparison.Ordinal);
        Assert.Empty(FormFlow.Errors(parent.Last.Html));
    }

    [Fact]
    public async Task Without_a_draft_there_is_nothing_to_save()
    {
        await using var service = new TestService();
        await service.AddTenantAsync("voorbeeldstad");
        var stranger = new FormFlow(service);

        var response = await stranger.Client.PostAsync($"{stranger.Root}/stap/1/bewaren?taal=nl", new FormUrlEncodedContent([KeyValuePair.Create("aanvrager-achternaam", "x")]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>In a real Chromium: typing is saved by the page's script, and a reload (a closed tab) shows it again.</summary>
[NeedsChromium]
[Collection(StudioBrowserCollection.Name)]
public sealed class AutosaveBrowserTests(FormBrowser browser) : IClassFixture<FormBrowser>
{
    [Fact]
    public async Task What_a_parent_typed_is_back_after_a_reload_without_pressing_any_button()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Address });
        var page = await context.NewPageAsync();
        var complaints = new List<string>();
        // A script error or a policy complaint; the browser's own favicon request (the form has none) is not the page's.
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                complaints.Add($"{message.Location}: {message.Text}");
            }
        };
        await page.GotoAsync("/formulier/voorbeeldstad?taal=nl");
        await page.Locator("button[value=beginnen]").ClickAsync();
        await page.WaitForURLAsync("**/stap/1?taal=nl");

        await page.Locator("#aanvrager-achternaam").PressSequentiallyAsync("Vrzlquistenbosch");
        await page.Locator("#bewaard:not(:empty)").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("Uw antwoorden op deze pagina zijn bewaard.", await page.InnerTextAsync("#bewaard"));
        Assert.Empty(await StudioBrowser.AxeViolationsAsync(page));
        await page.ReloadAsync();

        Assert.Equal("Vrzlquistenbosch", await page.InputValueAsync("#aanvrager-achternaam"));
        Assert.True(complaints.Count == 0, string.Join("\n", complaints));
        await context.CloseAsync();
    }
}
