using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Smi.Docs.Server.Tests.Api;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>The studio on a fixed day (20 December 2026), so "valid from today" means the same day in every year the tests run.</summary>
public sealed class StudioBrowserOnFixedDay() : StudioBrowser(StudioService.OnFixedDay(StudioPublishBrowserTests.Today));

/// <summary>
/// Issue 16 point 9 end to end in a real Chromium: a redacteur changes the toekenning and proposes it, a beheerder (a
/// second person) publishes it from the date it applies, and the API then sends the new text in a letter decided after
/// that date and the old text in one decided before; the versions page has no WCAG 2.1 AA violation.
/// </summary>
[NeedsChromium]
[Collection(StudioBrowserCollection.Name)]
public sealed class StudioPublishBrowserTests(StudioBrowserOnFixedDay browser) : IClassFixture<StudioBrowserOnFixedDay>
{
    public static readonly DateTimeOffset Today = new(2026, 12, 20, 9, 0, 0, TimeSpan.Zero);

    private const float Wait = 20_000;
    private const string Sentence = "Deze zin is gepubliceerd door een tweede persoon.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_redacteur_proposes_a_beheerder_publishes_and_the_api_sends_the_new_text_from_that_date()
    {
        await browser.Studio.AddAccountAsync("voorbeeldstad", "rik", StudioRole.Redacteur);
        await browser.Studio.AddAccountAsync("voorbeeldstad", "bea", StudioRole.Beheerder);

        var (redacteur, outside, complaints) = await browser.NewPageAsync();
        await StudioBrowser.SignInAsync(redacteur, "voorbeeldstad", "rik");
        await redacteur.GotoAsync("/studio/toekenning/nl");
        var editor = redacteur.Locator(".cm-content");
        await editor.WaitForAsync(new LocatorWaitForOptions { Timeout = Wait });
        await editor.FocusAsync();
        await redacteur.Keyboard.PressAsync("Control+End");
        await redacteur.Keyboard.TypeAsync("\n\n" + Sentence + "\n");
        await redacteur.Locator("#opmerking").FillAsync("Zin over publiceren");
        await redacteur.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }).ClickAsync();
        await redacteur.WaitForURLAsync("**/studio/toekenning/nl?opgeslagen=1", new PageWaitForURLOptions { Timeout = Wait });
        await redacteur.GetByRole(AriaRole.Link, new() { Name = "Versies" }).ClickAsync();
        await redacteur.GetByRole(AriaRole.Button, new() { Name = "Voorstellen" }).ClickAsync();
        await Assertions.Expect(redacteur.GetByText("Wacht op een beheerder")).ToBeVisibleAsync(new() { Timeout = Wait });

        var (beheerder, outsideToo, complaintsToo) = await browser.NewPageAsync();
        await StudioBrowser.SignInAsync(beheerder, "voorbeeldstad", "bea");
        await beheerder.GotoAsync("/studio/toekenning/nl/versies");
        // The date field says today (the service's day) and takes no earlier day.
        var validFrom = beheerder.GetByLabel("Geldt vanaf");
        Assert.Equal("2026-12-20", await validFrom.InputValueAsync());
        var violations = await StudioBrowser.AxeViolationsAsync(beheerder);
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Assertions.Expect(beheerder.GetByText("De tekst is gepubliceerd.")).ToBeVisibleAsync(new() { Timeout = Wait });
        await beheerder.GotoAsync("/studio");
        var row = beheerder.Locator("tr", new() { Has = beheerder.Locator("th", new() { HasTextString = "toekenning" }) }).Filter(new() { HasTextString = "Nederlands" });
        Assert.Contains("eigen tekst, geldt vanaf 20 december 2026", await row.InnerTextAsync());
        Assert.Contains("tekst van de basisset", await beheerder.Locator("tr", new() { HasTextString = "afwijzing" }).First.InnerTextAsync());

        var key = await browser.Studio.Service.NewKeyAsync("voorbeeldstad");
        Assert.Contains(Sentence, await LetterAsync(key, "2027-01-05"));
        Assert.DoesNotContain(Sentence, await LetterAsync(key, "2026-12-15"));
        Assert.Empty(violations);
        Assert.Empty(outside.Concat(outsideToo));
        Assert.Empty(complaints.Concat(complaintsToo));
    }

    /// <summary>The toekenning example decided and sent on <paramref name="besluitdatum"/>, as the API sends it (HTML).</summary>
    private async Task<string> LetterAsync(string key, string besluitdatum)
    {
        var zaak = JsonNode.Parse(Requests.CaseText())!;
        zaak["besluitdatum"] = besluitdatum;
        zaak["verzenddatum"] = besluitdatum;
        using var client = new HttpClient { BaseAddress = new Uri(browser.Address) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var answer = await client.SendAsync(Requests.Post("/api/v1/documenten/toekenning", Requests.Json(zaak.ToJsonString()), "text/html"), Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadAsStringAsync(Ct);
    }
}
