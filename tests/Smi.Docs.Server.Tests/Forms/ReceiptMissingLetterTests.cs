using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Smi.Docs.Server.Tests.Api;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// A sent application without its attachments becomes a draft ontbrekende-gegevens letter in the API: the items the parent
/// did not tick, and a hersteltermijn counted from the received date (voorbeeldstad: hersteltermijnDagen 14, Awb 4:5) that
/// ends on a working day (Algemene termijnenwet art. 1: not on a Saturday or Sunday).
/// </summary>
public sealed class ReceiptMissingLetterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>examples/profiles/voorbeeldstad.yaml, beleid.hersteltermijnDagen.</summary>
    private const int HersteltermijnDagen = 14;

    private static async Task<(string Key, string Id, DateOnly Received)> SendAsync(TestService service, Dictionary<int, Dictionary<string, string>> answers)
    {
        var key = await service.AddTenantAsync("voorbeeldstad");
        var parent = new FormFlow(service);
        await parent.BeginAsync();
        await parent.FillAllAsync(answers);
        await parent.SendAsync();
        var sent = JsonNode.Parse(await service.ClientWith(key).GetStringAsync("/api/v1/aanvragen", Ct))!.AsArray().Single()!;
        var at = sent["ontvangen"]!.GetValue<DateTimeOffset>();
        return (key, (string)sent["id"]!, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(at, "Europe/Amsterdam").DateTime));
    }

    private static HttpRequestMessage Draft(string id, string accept = "text/html") =>
        new(HttpMethod.Get, $"/api/v1/aanvragen/{id}/ontbrekende-gegevens") { Headers = { { "Accept", accept } } };

    [Fact]
    public async Task Attachments_not_ticked_become_the_letters_items_with_a_deadline_on_a_working_day_from_the_received_date()
    {
        await using var service = new TestService();
        var (key, id, received) = await SendAsync(service, FormFlow.Answers());
        var other = await service.AddTenantAsync("anderstad");

        var response = await service.ClientWith(key).SendAsync(Draft(id), Ct);
        var foreign = await service.ClientWith(other).SendAsync(Draft(id), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(id, response.Headers.GetValues("X-Smi-Kenmerk").Single());
        var text = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)).Replace('\u00A0', ' ');
        // data/ontbrekende-gegevens.yaml: the titles of the three items the parent did not tick (income, contract, bank card: paid to the parent).
        Assert.Contains("Een kopie van uw bankpas", text);
        Assert.Contains(Title("contract-of-offerte-kinderopvang"), text);
        Assert.Contains(Title("inkomensgegevens"), text);
        Assert.DoesNotContain(Title("verklaring-zorgverlener"), text);
        var earliest = received.AddDays(HersteltermijnDagen);
        var shown = Enumerable.Range(0, 5).Select(earliest.AddDays)
            .Where(d => text.Contains(d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL")), StringComparison.Ordinal)).ToList();
        // The letter names the deadline; when the Atw moved it, also the day the count ended on (a weekend day or holiday).
        Assert.InRange(shown.Count, 1, 2);
        var deadline = shown.Max();
        Assert.NotEqual(DayOfWeek.Saturday, deadline.DayOfWeek);
        Assert.NotEqual(DayOfWeek.Sunday, deadline.DayOfWeek);
        if (earliest.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            Assert.Equal([earliest, deadline], shown);
        }
        else if (!(earliest.Month == 12 && earliest.Day is 25 or 26) && !(earliest.Month == 1 && earliest.Day == 1))
        {
            Assert.Equal([earliest], shown);
        }
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Nothing_missing_is_no_letter()
    {
        await using var service = new TestService();
        var answers = FormFlow.Answers();
        answers[9] = new() { ["bijlagen"] = "inkomen,opvang,bankpas" };
        var (key, id, _) = await SendAsync(service, answers);

        var response = await service.ClientWith(key).SendAsync(Draft(id), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("nothing is missing", await response.Content.ReadAsStringAsync(Ct));
    }

    private static string Title(string code)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Templates, "..", "data", "ontbrekende-gegevens.yaml"));
        var at = Array.FindIndex(lines, l => l.Trim() == code + ":");
        return lines[at + 1].Trim()["titel:".Length..].Trim().Trim('"');
    }
}
