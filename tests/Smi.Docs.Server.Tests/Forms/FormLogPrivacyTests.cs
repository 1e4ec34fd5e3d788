using System.Net;
using System.Text.Json.Nodes;
using Smi.Docs.Server.Tests.Api;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// What a parent types is personal (and the reason for care close to medical): the whole form with distinctive values,
/// wrong ones included, autosaved, with a file attached and one refused, resumed, sent and taken through the API (the
/// file fetched), and no log line at any level holds one of them, the resume code, a file's name or its content.
/// </summary>
public sealed class FormLogPrivacyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_answer_and_no_resume_code_reaches_a_log_line()
    {
        await using var service = new TestService();
        var key = await service.AddTenantAsync("voorbeeldstad");
        var parent = new FormFlow(service);
        var answers = FormFlow.Answers();
        await parent.BeginAsync();
        var code = FormFlow.Code(parent.Last.Html)!;
        await parent.StepAsync(1, new Dictionary<string, string>(answers[1]) { ["aanvrager-bsn"] = "987654329", ["adres-postcode"] = "Glimbotrofie" });
        await parent.PostAsync($"{parent.Root}/stap/1/bewaren{parent.Query}", [KeyValuePair.Create("aanvrager-achternaam", "Bewaarquistenbosch")]);
        await parent.FillAllAsync(answers);
        await parent.GetAsync($"{parent.Root}/stap/9{parent.Query}");
        await parent.PostFilesAsync($"{parent.Root}/stap/9{parent.Query}", [KeyValuePair.Create("actie", "bestand-toevoegen")],
            ("bestand-opvang", "contract Kwispeldonk.pdf", "application/pdf", "%PDF-1.7\nZorgverklaringgeheim\n"u8.ToArray()),
            ("bestand-inkomen", "loonstrook Kwispeldonk.pdf", "application/pdf", "Nepbestandgeheim"u8.ToArray()));
        await parent.PostAsync($"{parent.Root}/verder{parent.Query}", [KeyValuePair.Create("code", "QXJV-WPLM-7777")]);
        await parent.SendAsync();
        var api = service.ClientWith(key);
        var id = (string)JsonNode.Parse(await api.GetStringAsync("/api/v1/aanvragen", Ct))!.AsArray()[0]!["id"]!;
        var application = JsonNode.Parse(await api.GetStringAsync($"/api/v1/aanvragen/{id}", Ct))!;
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync((string)application["bestanden"]![0]!["href"]!, Ct)).StatusCode);
        await api.SendAsync(Post($"/api/v1/aanvragen/{id}/afgenomen", null), Ct);

        var lines = service.Logs.Lines;
        Assert.Contains(lines, l => l.Contains($"Application {id} sent for voorbeeldstad in nl", StringComparison.Ordinal));
        var distinctive = answers.Values.SelectMany(a => a.Values).Where(v => v.Length >= 6 && !v.All(char.IsAsciiDigit) || v.Length == 9)
            .Concat(["Vrzlquistenbosch", "Pluzwanderlaan", "Ktorvlimstede", "Zwibbelientje", "Fnorkelhuis", "Prxwaldinger", "111222333", "123456782", "987654329",
                "Glimbotrofie", "ABNA", "184629375", code, code.Replace("-", "", StringComparison.Ordinal), "QXJV-WPLM-7777",
                "Bewaarquistenbosch", "Kwispeldonk", "Zorgverklaringgeheim", "Nepbestandgeheim"])
            .ToList();
        Assert.Contains("q.x@qxjvw.example", distinctive);
        foreach (var value in distinctive)
        {
            Assert.DoesNotContain(lines, l => l.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }
}
