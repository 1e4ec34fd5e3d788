using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Smi.Docs.Server.Tests.Api;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// The ontvangstbevestiging of a sent application, as HTML (this service has no printer, so the parent's link falls back
/// to HTML): every question of the check-your-answers page with its answer, "niet ingevuld" where empty, the BSN masked,
/// the received date in the parent's language, Arabic right to left; for the municipality through the API, its own only.
/// </summary>
public sealed partial class ReceiptTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Fills in and sends the whole form; returns the check-your-answers page as it was just before sending.</summary>
    private static async Task<string> SendAsync(FormFlow parent)
    {
        await parent.BeginAsync();
        await parent.FillAllAsync(FormFlow.Answers());
        var review = parent.Last.Html;
        await parent.SendAsync();
        Assert.EndsWith("/verzonden" + parent.Query, parent.Last.Path, StringComparison.Ordinal);
        return review;
    }

    private static async Task<(string Id, DateTimeOffset Received)> SentAsync(TestService service, string key)
    {
        var sent = JsonNode.Parse(await service.ClientWith(key).GetStringAsync("/api/v1/aanvragen", Ct))!.AsArray().Single()!;
        return ((string)sent["id"]!, sent["ontvangen"]!.GetValue<DateTimeOffset>());
    }

    /// <summary>The day in the Netherlands as a letter in that language writes it, as it stands in HTML (the no-break spaces encoded).</summary>
    private static string Day(DateTimeOffset at, string culture) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(at, "Europe/Amsterdam").DateTime)
            .ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(culture)).Replace(" ", "&#xA0;", StringComparison.Ordinal);

    [Fact]
    public async Task The_parents_receipt_has_every_answer_of_the_check_page_with_the_bsn_masked_and_niet_ingevuld_where_empty()
    {
        await using var service = new TestService();
        var key = await service.AddTenantAsync("voorbeeldstad");
        var parent = new FormFlow(service);
        var review = await SendAsync(parent);
        var (id, received) = await SentAsync(service, key);

        var link = LinkTo().Match(parent.Last.Html);
        Assert.True(link.Success, "the confirmation page links to the receipt");
        Assert.Equal("/formulier/voorbeeldstad/ontvangstbevestiging?taal=nl", WebUtility.HtmlDecode(link.Groups[1].Value));
        var response = await parent.Client.GetAsync("/formulier/voorbeeldstad/ontvangstbevestiging?taal=nl", Ct);
        var receipt = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"nl-NL\" dir=\"ltr\">", receipt);
        Assert.Contains("<h1>Ontvangstbevestiging</h1>", receipt);
        Assert.Contains("Gemeente Voorbeeldstad", receipt);
        Assert.Contains($"<dt>Aanvraagnummer</dt><dd>\u2068{id}\u2069</dd>", receipt);
        Assert.Contains($"<dt>Ontvangen op</dt><dd>{Day(received, "nl-NL")}</dd>", receipt);
        var labels = Labels().Matches(receipt).Select(m => m.Groups[1].Value).ToList();
        var values = Values().Matches(receipt).Select(m => m.Groups[1].Value).ToList();
        var asked = ReviewRows().Matches(review).Select(m => (Label: m.Groups[1].Value, Value: m.Groups[2].Value)).ToList();
        Assert.True(asked.Count > 30, $"the check page lists the questions ({asked.Count})");
        foreach (var (label, value) in asked)
        {
            Assert.Contains(label, labels);
            if (!value.All(char.IsAsciiDigit) || value.Length != 9)
            {
                Assert.Contains($"<dt>{label}</dt><dd{(value == "niet ingevuld" ? " class=\"leeg\"" : "")}>{value}</dd>", receipt);
            }
        }
        // The attachments step was left empty: the receipt says so rather than leaving the question out.
        Assert.Contains("<dd class=\"leeg\">niet ingevuld</dd>", receipt);
        Assert.Contains("Vrzlquistenbosch", values);
        Assert.Contains("NL91 ABNA 0417 1643 00", values);
        Assert.Contains("******333", values);
        Assert.Contains("******782", values);
        Assert.DoesNotContain("111222333", receipt);
        Assert.DoesNotContain("123456782", receipt);
        Assert.Contains("<h4>Kind 1</h4>", receipt);
        Assert.Contains("Hoe gaat het verder?", receipt);
        Assert.Contains("Noem dan uw aanvraagnummer.", receipt);
    }

    [Fact]
    public async Task The_receipt_is_for_the_browser_that_sent_it_and_allows_only_its_own_inline_style()
    {
        await using var service = new TestService();
        await service.AddTenantAsync("voorbeeldstad");
        var parent = new FormFlow(service);
        await parent.BeginAsync();
        var draft = await parent.Client.GetAsync("/formulier/voorbeeldstad/ontvangstbevestiging?taal=nl", Ct);
        await parent.FillAllAsync(FormFlow.Answers());
        await parent.SendAsync();
        var stranger = new FormFlow(service);
        var other = await stranger.Client.GetAsync("/formulier/voorbeeldstad/ontvangstbevestiging?taal=nl", Ct);
        var own = await parent.Client.GetAsync("/formulier/voorbeeldstad/ontvangstbevestiging?taal=nl&formaat=html", Ct);

        Assert.EndsWith("/formulier/voorbeeldstad?taal=nl", draft.RequestMessage!.RequestUri!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("Ontvangstbevestiging", await draft.Content.ReadAsStringAsync(Ct));
        Assert.EndsWith("/formulier/voorbeeldstad?taal=nl", other.RequestMessage!.RequestUri!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("Vrzlquistenbosch", await other.Content.ReadAsStringAsync(Ct));
        var html = await own.Content.ReadAsStringAsync(Ct);
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var policy = own.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'", policy);
        Assert.StartsWith("default-src 'none'", policy);
    }

    [Fact]
    public async Task In_arabic_the_receipt_reads_right_to_left_with_the_arabic_date_and_words()
    {
        await using var service = new TestService();
        var key = await service.AddTenantAsync("voorbeeldstad");
        var parent = new FormFlow(service, taal: "ar");
        await SendAsync(parent);
        var (id, received) = await SentAsync(service, key);

        var receipt = await parent.Client.GetStringAsync("/formulier/voorbeeldstad/ontvangstbevestiging?taal=ar", Ct);

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", receipt);
        Assert.Contains("<h1>إشعار الاستلام</h1>", receipt);
        Assert.Contains($"<dt>رقم الطلب</dt><dd>\u2068{id}\u2069</dd>", receipt);
        // The month in Arabic, the digits Latin as in the letters (ValueFormatter.Arabic).
        var date = Regex.Match(receipt, "<dt>تاريخ الاستلام</dt><dd>(.*?)</dd>").Groups[1].Value;
        Assert.Contains(received.Year.ToString(CultureInfo.InvariantCulture), date);
        Assert.Matches("[\u0621-\u064A]{3,}", date);
        Assert.Contains("<dd class=\"leeg\">لم يُملأ</dd>", receipt);
        Assert.Contains("******333", receipt);
        Assert.DoesNotContain("niet ingevuld", receipt);
    }

    [Fact]
    public async Task The_municipality_gets_the_receipt_of_its_own_applications_only_and_no_answer_reaches_a_log_line()
    {
        await using var service = new TestService();
        var key = await service.AddTenantAsync("voorbeeldstad");
        var otherKey = await service.AddTenantAsync("anderstad");
        var parent = new FormFlow(service);
        await SendAsync(parent);
        var (id, _) = await SentAsync(service, key);
        HttpRequestMessage Get(string accept) => new(HttpMethod.Get, $"/api/v1/aanvragen/{id}/ontvangstbevestiging") { Headers = { { "Accept", accept } } };

        var html = await service.ClientWith(key).SendAsync(Get("text/html"), Ct);
        var pdf = await service.ClientWith(key).SendAsync(Get("application/pdf"), Ct);
        var other = await service.ClientWith(otherKey).SendAsync(Get("text/html"), Ct);
        var unknown = await service.ClientWith(key).SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/aanvragen/AV-BESTAATNIET/ontvangstbevestiging"), Ct);
        var anonymous = await service.ClientWith(null).SendAsync(Get("text/html"), Ct);

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var body = await html.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"\u2068{id}\u2069", body);
        Assert.Contains("Vrzlquistenbosch", body);
        Assert.Contains("******782", body);
        // This service prints no PDF: the municipality is told why, not given HTML it did not ask for.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Contains("SMI4904", await pdf.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Vrzlquistenbosch", await other.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var lines = service.Logs.Lines;
        foreach (var value in new[] { "Vrzlquistenbosch", "Pluzwanderlaan", "Ktorvlimstede", "Zwibbelientje", "Fnorkelhuis", "Prxwaldinger", "111222333", "123456782", "******782", "184629375", "q.x@qxjvw.example" })
        {
            Assert.DoesNotContain(lines, l => l.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }

    [GeneratedRegex("<a class=\"utrecht-link\" href=\"([^\"]*ontvangstbevestiging[^\"]*)\" download>")]
    private static partial Regex LinkTo();

    [GeneratedRegex("<dt>(.*?)</dt>")]
    private static partial Regex Labels();

    [GeneratedRegex("<dd(?: class=\"leeg\")?>(.*?)</dd>")]
    private static partial Regex Values();

    [GeneratedRegex("<dt class=\"utrecht-data-list__item-key\">(.*?)</dt><dd class=\"utrecht-data-list__item-value\">(.*?)</dd>")]
    private static partial Regex ReviewRows();
}
