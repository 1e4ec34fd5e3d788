using System.Net;
using System.Text.Json.Nodes;
using Smi.Docs.Server.Tests.Api;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// The online application form without script (issue 17): every step posted as a plain form, wrong answers located with
/// the answer kept, resumed with the code elsewhere, sent, then taken by the municipality's system through the API, whose
/// case the engine renders a toekenning from unchanged.
/// </summary>
public sealed class FormFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_parent_fills_in_corrects_resumes_and_sends_and_the_municipality_takes_the_case()
    {
        await using var service = new TestService();
        var key = await service.AddTenantAsync("voorbeeldstad");
        var otherKey = await service.AddTenantAsync("beemster", profile: "beemster");
        var parent = new FormFlow(service);
        var answers = FormFlow.Answers();

        await parent.BeginAsync();
        Assert.Equal("Over u – Stap 1 van 10 – Aanvraag vergoeding kinderopvang (SMI) – Gemeente Voorbeeldstad", FormFlow.Title(parent.Last.Html));
        Assert.Contains("<p class=\"utrecht-paragraph formulier-stap\">Stap 1 van 10</p>", parent.Last.Html, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"family-name\"", parent.Last.Html, StringComparison.Ordinal);
        Assert.Contains("Tussenvoegsel <span class=\"formulier-markering\">(niet verplicht)</span>", parent.Last.Html, StringComparison.Ordinal);
        var code = FormFlow.Code(parent.Last.Html);
        Assert.NotNull(code);

        // A BSN that fails the elfproef: located, explained, the page titled as an error, the answer kept.
        var wrong = new Dictionary<string, string>(answers[1]) { ["aanvrager-bsn"] = "123456783" };
        var page = await parent.StepAsync(1, wrong);
        Assert.Equal(HttpStatusCode.OK, parent.Last.Status);
        Assert.StartsWith("Fout: Over u – Stap 1 van 10", FormFlow.Title(page), StringComparison.Ordinal);
        Assert.Equal(["#aanvrager-bsn"], FormFlow.Errors(page));
        Assert.Contains("Dit burgerservicenummer bestaat niet. Kijk of u de 9 cijfers goed heeft overgenomen.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"aanvrager-bsn\" name=\"aanvrager-bsn\" value=\"123456783\" aria-describedby=\"aanvrager-bsn-hulp aanvrager-bsn-fout\" aria-invalid=\"true\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Vrzlquistenbosch\"", page, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\" tabindex=\"-1\" autofocus", page, StringComparison.Ordinal);

        await parent.StepAsync(1, answers[1]);
        Assert.EndsWith("/stap/2?taal=nl", parent.Last.Path, StringComparison.Ordinal);
        // A partner opens the partner's questions on the same page before going on.
        await parent.StepAsync(2, new Dictionary<string, string> { ["partner-aanwezig"] = "ja" });
        Assert.EndsWith("/stap/2?taal=nl", parent.Last.Path, StringComparison.Ordinal);
        Assert.Contains("id=\"partner-achternaam\"", parent.Last.Html, StringComparison.Ordinal);
        await parent.StepAsync(2, answers[2]);

        // A second child is added and removed with buttons, no script.
        await parent.StepAsync(3, answers[3], "kind-erbij");
        Assert.Contains("id=\"k1-kind-voornaam\"", parent.Last.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Zwibbelientje\"", parent.Last.Html, StringComparison.Ordinal);
        await parent.StepAsync(3, new Dictionary<string, string>(answers[3]) { ["kinderen"] = "2" }, "kind-weg-1");
        Assert.DoesNotContain("id=\"k1-kind-voornaam\"", parent.Last.Html, StringComparison.Ordinal);
        // Born after today: located at the day box of that child.
        page = await parent.StepAsync(3, new Dictionary<string, string>(answers[3]) { ["k0.kind-geboortedatum-jaar"] = "2099" });
        Assert.Equal(["#k0-kind-geboortedatum-dag"], FormFlow.Errors(page));
        Assert.Contains("Kind 1: De geboortedatum kan niet na vandaag zijn.", page, StringComparison.Ordinal);
        await parent.StepAsync(3, answers[3]);
        await parent.StepAsync(4, answers[4]);
        await parent.StepAsync(5, answers[5]);

        // A wrong IBAN (mod 97 fails): located, the answer kept as typed.
        page = await parent.StepAsync(6, new Dictionary<string, string>(answers[6]) { ["betaling-iban"] = "NL91 ABNA 0417 1643 01" });
        Assert.Equal(["#betaling-iban"], FormFlow.Errors(page));
        Assert.Contains("Dit IBAN klopt niet.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"NL91 ABNA 0417 1643 01\"", page, StringComparison.Ordinal);

        // Elsewhere, later: the code resumes the draft with every answer.
        var elsewhere = new FormFlow(service);
        await elsewhere.GetAsync(elsewhere.Root + elsewhere.Query);
        await elsewhere.PostAsync($"{elsewhere.Root}/verder{elsewhere.Query}", [KeyValuePair.Create("code", code!.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal))]);
        Assert.EndsWith("/stap/1?taal=nl", elsewhere.Last.Path, StringComparison.Ordinal);
        Assert.Contains("value=\"1234 AB\"", elsewhere.Last.Html, StringComparison.Ordinal);
        await elsewhere.FillAllAsync(answers);

        // Check your answers: every answer with a change link to its step and field, then send.
        Assert.Contains("NL91 ABNA 0417 1643 00", elsewhere.Last.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/formulier/voorbeeldstad/stap/6?taal=nl#betaling-iban\"", elsewhere.Last.Html, StringComparison.Ordinal);
        Assert.Contains("Stap 10 van 10", elsewhere.Last.Html, StringComparison.Ordinal);
        await elsewhere.SendAsync();
        Assert.EndsWith("/verzonden?taal=nl", elsewhere.Last.Path, StringComparison.Ordinal);
        var reference = System.Text.RegularExpressions.Regex.Match(elsewhere.Last.Html, "AV-[A-Z0-9]{10}").Value;
        Assert.Contains("Bel ons op \u206814 099\u2069", elsewhere.Last.Html, StringComparison.Ordinal);

        // Sent: the code resumes nothing any more.
        await parent.GetAsync(parent.Root + parent.Query);
        page = await parent.PostAsync($"{parent.Root}/verder{parent.Query}", [KeyValuePair.Create("code", code)]);
        Assert.Equal(["#code"], FormFlow.Errors(page));

        // The municipality's system: the list, the case, the toekenning from it unchanged, then taken.
        var api = service.ClientWith(key);
        var list = JsonNode.Parse(await api.GetStringAsync("/api/v1/aanvragen?status=nieuw", Ct))!.AsArray();
        Assert.Equal([reference], list.Select(a => (string?)a!["id"]));
        var application = JsonNode.Parse(await api.GetStringAsync($"/api/v1/aanvragen/{reference}", Ct))!;
        Assert.Equal(("nl", "nieuw", "111222333"), ((string?)application["taal"], (string?)application["status"], (string?)application["antwoorden"]!["waarden"]!["aanvrager-bsn"]));
        var zaak = application["zaak"]!.ToJsonString();
        var letter = await api.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Json(zaak)), Ct);
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Contains("Vrzlquistenbosch", await letter.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await service.ClientWith(otherKey).GetAsync($"/api/v1/aanvragen/{reference}", Ct)).StatusCode);

        var taken = await api.SendAsync(Post($"/api/v1/aanvragen/{reference}/afgenomen", null), Ct);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var after = JsonNode.Parse(await api.GetStringAsync($"/api/v1/aanvragen/{reference}", Ct))!;
        Assert.Equal("afgenomen", (string?)after["status"]);
        Assert.DoesNotContain("111222333", after.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("123456782", after.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(await api.GetStringAsync("/api/v1/aanvragen", Ct))!.AsArray());
    }

    [Fact]
    public async Task Arabic_is_right_to_left_in_its_own_words_and_an_unknown_municipality_has_no_form()
    {
        await using var service = new TestService();
        await service.AddTenantAsync("voorbeeldstad");
        var parent = new FormFlow(service, taal: "ar");

        await parent.BeginAsync();
        var page = await parent.StepAsync(1, new Dictionary<string, string>());

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.StartsWith("خطأ: ", FormFlow.Title(page), StringComparison.Ordinal);
        Assert.Contains("الخطوة 1 من 10", page, StringComparison.Ordinal);
        Assert.Contains("لم يُملأ كل شيء بشكل صحيح", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/formulier/voorbeeldstad/toegankelijkheid?taal=ar\">إمكانية الوصول</a>", page, StringComparison.Ordinal);
        Assert.Contains("WCAG 2.1", await parent.GetAsync("/formulier/voorbeeldstad/toegankelijkheid?taal=ar"), StringComparison.Ordinal);
        Assert.Contains("(BSN)", await parent.GetAsync("/formulier/voorbeeldstad/privacy?taal=ar"), StringComparison.Ordinal);
        Assert.Contains("Bel ons op \u206814 099\u2069", await parent.GetAsync("/formulier/voorbeeldstad/toegankelijkheid?taal=nl"), StringComparison.Ordinal);
        // In Arabic text a Dutch phone number keeps its own order: isolated, so it reads "14 099", not "099 14".
        Assert.Contains("\u206814 099\u2069", await parent.GetAsync("/formulier/voorbeeldstad?taal=ar"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await parent.Client.GetAsync("/formulier/nergenshuizen", Ct)).StatusCode);
        // A page of another site cannot start or continue an application.
        var fromElsewhere = new HttpRequestMessage(HttpMethod.Post, "/formulier/voorbeeldstad/beginnen?taal=ar") { Content = new FormUrlEncodedContent([]) };
        fromElsewhere.Headers.Add("Origin", "https://elders.example");
        Assert.Equal(HttpStatusCode.BadRequest, (await parent.Client.SendAsync(fromElsewhere, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await parent.Client.PostAsync("/formulier/voorbeeldstad/stap/1?taal=ar",
            new FormUrlEncodedContent([KeyValuePair.Create("actie", "volgende")]), Ct)).StatusCode);
    }
}
