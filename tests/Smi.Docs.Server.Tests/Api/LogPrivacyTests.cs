using System.Net;
using System.Text.Json.Nodes;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>
/// Case data is personal and may be medical (docs/architecture.md §3): a case full of distinctive values goes through
/// every endpoint, valid, invalid and malformed, and no log line, at any level, holds one of them, nor a key.
/// </summary>
public sealed class LogPrivacyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Words no template, profile or log message has, each in one field of the case.</summary>
    private static readonly Dictionary<string, string> Distinctive = new()
    {
        ["zaaknummer"] = "ZAAK-QXJVWPLM-77",
        ["aanvrager.achternaam"] = "Vrzlquistenbosch",
        ["aanvrager.voorletters"] = "Q.X.",
        ["adres.straat"] = "Pluzwanderlaan",
        ["adres.plaats"] = "Ktorvlimstede",
        ["kinderen.0.voornaam"] = "Zwibbelientje",
        ["kinderen.0.opvang.organisatie"] = "Kinderopvang Fnorkelhuis",
        ["indicatie.reden"] = "Behandeling bij Dokter Prxwaldinger wegens Glimbotrofie.",
        ["behandelaar.naam"] = "M. Trovelquist",
        ["behandelaar.email"] = "trovelquist@qxjvw.example",
    };

    [Fact]
    public async Task No_value_of_the_case_reaches_a_log_line()
    {
        await using var service = new TestService();
        var key = await service.AddTenantAsync("voorbeeldstad");
        var client = service.ClientWith(key);
        var valid = DistinctiveCase();
        var invalid = JsonNode.Parse(valid)!;
        invalid["aanvraagdatum"] = "Glimbotrofie-Vrzlquistenbosch";
        invalid["kinderen"]![0]!["urenPerWeek"] = "Zwibbelientje";
        invalid["Pluzwanderlaan"] = 1;
        var malformed = valid.Replace("\"Vrzlquistenbosch\"", "\"Vrzlquistenbosch\" Prxwaldinger", StringComparison.Ordinal);
        Assert.NotEqual(valid, malformed);

        var statuses = new List<HttpStatusCode>();
        foreach (var (path, body) in new[]
        {
            ("/api/v1/documenten/toekenning?formaat=html,docx", valid),
            ("/api/v1/documenten/toekenning?formaat=html", invalid.ToJsonString()),
            ("/api/v1/documenten/toekenning?formaat=html", malformed),
            ("/api/v1/documenten/afwijzing?formaat=html", valid),
            ("/api/v1/validaties?document=toekenning", valid),
            ("/api/v1/validaties", invalid.ToJsonString()),
            ("/api/v1/berekeningen", valid),
            ("/api/v1/berekeningen", malformed),
        })
        {
            statuses.Add((await client.SendAsync(Post(path, Json(body)), Ct)).StatusCode);
        }

        // A value in the URL: the request line names the route pattern and known documents only.
        statuses.Add((await client.SendAsync(Post("/api/v1/documenten/Vrzlquistenbosch?formaat=html", Json(valid)), Ct)).StatusCode);
        statuses.Add((await client.SendAsync(Post("/api/v1/documenten/toekenning?taal=Zwibbelientje", Json(valid)), Ct)).StatusCode);

        const string wrongKey = "smi_000000000000_KeyThatMustNotBeLoggedQXJ";
        statuses.Add((await service.ClientWith(wrongKey).SendAsync(Post("/api/v1/documenten/toekenning", Json(valid)), Ct)).StatusCode);

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity, HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity,
             HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized],
            statuses);
        var lines = service.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("Render toekenning for voorbeeldstad", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("SMI4102", StringComparison.Ordinal));
        // One request line each (with its request id), so the check below covers them.
        Assert.Equal(statuses.Count, lines.Count(l => l.Contains("Smi.Docs.Server.Http.RequestLog:", StringComparison.Ordinal) && l.Contains("RequestId=", StringComparison.Ordinal)));
        foreach (var value in Distinctive.Values.Append(key).Append(wrongKey))
        {
            Assert.DoesNotContain(lines, l => l.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static string DistinctiveCase()
    {
        var zaak = JsonNode.Parse(CaseText())!;
        foreach (var (path, value) in Distinctive)
        {
            var parts = path.Split('.');
            var node = zaak;
            foreach (var part in parts[..^1])
            {
                node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
            }
            node[parts[^1]] = value;
        }
        var text = zaak.ToJsonString();
        Assert.All(Distinctive.Values, v => Assert.Contains(v, text));
        return text;
    }
}
