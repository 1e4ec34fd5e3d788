using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Smi.Docs.Storage;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>
/// <c>/api/v1/batches</c> on the embedded SQLite, with the job engine in the service: a batch of JSON Lines is taken,
/// made by jobs, followed, reported and fetched as a zip whose index lists every file once.
/// </summary>
public sealed class BatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Short polls so a test waits for jobs a fraction of a second, not the default second.</summary>
    internal static readonly Dictionary<string, string?> Quick = new() { ["Smi:Batches:PollIntervalMilliseconds"] = "100", ["Smi:Batches:ChunkSize"] = "2" };

    [Fact]
    public async Task A_batch_of_mixed_documents_and_languages_is_made_reported_and_fetched_whole()
    {
        await using var service = new TestService(settings: Quick);
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));
        var lines = new[]
        {
            Envelope("toekenning", "nl", CaseText("toekenning-een-kind-dagopvang")),
            Envelope("afwijzing", "en", CaseText("afwijzing-voorliggende-voorziening")),
            Envelope("verlenging", "ar", CaseText("verlenging-eerste")),
            Envelope("toekenning", "nl", WithoutAanvraagdatum(CaseText("toekenning-twee-kinderen-ouder"))),
            "this line is not JSON",
        };

        var created = await client.SendAsync(JsonLines("/api/v1/batches?formaat=html,docx", lines), Ct);
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        Assert.Matches("^/api/v1/batches/[0-9a-f]{32}$", location);

        var status = await FinishedAsync(client, location);
        Assert.Equal(5, status["totaal"]!.GetValue<int>());
        Assert.Equal(3, status["gemaakt"]!.GetValue<int>());
        Assert.Equal(2, status["mislukt"]!.GetValue<int>());
        Assert.Equal(0, status["wachtend"]!.GetValue<int>());

        var zip = await client.GetAsync(location + "/bestanden", Ct);
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync(Ct));
        var entries = archive.Entries.ToDictionary(e => e.FullName, Bytes);

        // The index: one row per file of each made item (3 items × 2 formats), each naming a file in the zip with its hash.
        var index = Encoding.UTF8.GetString(entries["index.csv"]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("kenmerk,document,taal,bestand,paginas,sha256", index[0]);
        var rows = index.Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r[3]).Distinct().Count());
        Assert.Equal(["regel-1", "regel-2", "regel-3"], rows.Select(r => r[3].Split('/')[0]).Distinct());
        Assert.Equal(["nl", "en", "ar"], rows.Select(r => r[2]).Distinct());
        foreach (var row in rows)
        {
            Assert.Equal(row[5], Convert.ToHexStringLower(SHA256.HashData(entries[row[3]])));
        }
        Assert.Equal(["SMI-2026-000417"], rows.Where(r => r[3].StartsWith("regel-1/", StringComparison.Ordinal)).Select(r => r[0]).Distinct());
        Assert.Equal(rows.Count + 3, entries.Count);

        // The report: the two failed lines with code and JSON path, and no value from any case.
        var report = Parse(Encoding.UTF8.GetString(entries["rapport.json"]));
        Assert.Equal(3, report["gemaakt"]!.GetValue<int>());
        var failures = report["fouten"]!.AsArray();
        Assert.Equal(["regel-4", "regel-5"], failures.Select(f => f!["item"]!.GetValue<string>()));
        var missing = failures[0]!["meldingen"]!.AsArray().Single(m => m!["pad"]?.GetValue<string>() == "$.zaak.aanvraagdatum")!;
        Assert.Equal("SMI1002", missing["code"]!.GetValue<string>());
        Assert.Equal("batch.jsonl:4", failures[0]!["bron"]!.GetValue<string>());
        // A refused case still names its kenmerk, so the case worker finds it without counting lines.
        Assert.Equal(JsonNode.Parse(CaseText("toekenning-twee-kinderen-ouder"))!["zaaknummer"]!.GetValue<string>(), failures[0]!["kenmerk"]!.GetValue<string>());
        // Not an envelope, and the batch names no document for plain cases.
        Assert.Equal("SMI4016", failures[1]!["meldingen"]![0]!["code"]!.GetValue<string>());
        var reportText = Encoding.UTF8.GetString(entries["rapport.json"]) + Encoding.UTF8.GetString(entries["rapport.csv"]);
        Assert.DoesNotContain("Kastanjelaan", reportText);
        Assert.DoesNotContain("this line is not JSON", reportText);
        Assert.Equal(reportText[..200], (await client.GetStringAsync(location + "/rapport", Ct) + Encoding.UTF8.GetString(entries["rapport.csv"]))[..200]);

        // Nothing of a case in any log line (the service's and Hangfire's): a street and a childcare name of the cases sent.
        Assert.DoesNotContain(service.Logs.Lines, l => l.Contains("Kastanjelaan", StringComparison.Ordinal) || l.Contains("Boomhut", StringComparison.Ordinal));

        // One audit entry per item, made or refused, naming the key's tenant.
        var audit = await service.AuditAsync("voorbeeldstad");
        Assert.Equal(5, audit.Count);
        Assert.Equal(3, audit.Count(a => a.Outcome == "ok"));
        Assert.Contains(audit, a => a.Kenmerk == "SMI-2026-000417" && a.Document == "toekenning" && a.Formaten == "html,docx");
    }

    [Fact]
    public async Task A_batch_taken_by_an_instance_without_workers_is_made_after_a_restart_with_them()
    {
        var folder = Directory.CreateTempSubdirectory("smi-docs-batch-restart-").FullName;
        try
        {
            var storage = StorageLocation.Sqlite(folder);
            string location;
            string key;
            await using (var taker = new TestService(storage, new Dictionary<string, string?>(Quick) { ["Smi:Batches:Workers"] = "0" }))
            {
                key = await taker.AddTenantAsync("voorbeeldstad");
                var client = taker.ClientWith(key);
                var created = await client.SendAsync(JsonLines("/api/v1/batches?document=toekenning&formaat=html",
                    [Flat(CaseText("toekenning-een-kind-dagopvang")), Flat(CaseText("toekenning-twee-kinderen-ouder")), Flat(CaseText("toekenning-berekend-bso"))]), Ct);
                location = created.Headers.Location!.ToString();
                await Task.Delay(500, Ct);
                var waiting = Parse(await client.GetStringAsync(location, Ct));
                Assert.Equal("bezig", waiting["status"]!.GetValue<string>());
                Assert.Equal(3, waiting["wachtend"]!.GetValue<int>());
                var early = await client.GetAsync(location + "/bestanden", Ct);
                Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
                Assert.Equal(["SMI4110"], Codes(await ProblemAsync(early)));
            }
            await using var restarted = new TestService(storage, Quick);
            var status = await FinishedAsync(restarted.ClientWith(key), location);
            Assert.Equal(3, status["gemaakt"]!.GetValue<int>());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Bad_batches_are_refused_with_a_located_problem_and_nothing_is_kept()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?>(Quick) { ["Smi:Batches:MaxBodyBytes"] = "4000" });
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));
        var one = Flat(CaseText("toekenning-een-kind-dagopvang"));

        var plain = await client.SendAsync(Post("/api/v1/batches?document=toekenning", new StringContent(one, Encoding.UTF8, "text/plain")), Ct);
        var empty = await client.SendAsync(JsonLines("/api/v1/batches?document=toekenning&formaat=html", ["", "  "]), Ct);
        var unknownParameter = await client.SendAsync(JsonLines("/api/v1/batches?document=toekenning&bundel=true", [one]), Ct);
        var unknownDocument = await client.SendAsync(JsonLines("/api/v1/batches?document=besluit&taal=xx", [one]), Ct);
        var tooLarge = await client.SendAsync(JsonLines("/api/v1/batches?document=toekenning&formaat=html", [one, one, one]), Ct);
        var pdfOff = await client.SendAsync(JsonLines("/api/v1/batches?document=toekenning", [one]), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(["SMI4111"], Codes(await ProblemAsync(empty)));
        Assert.Equal(HttpStatusCode.BadRequest, unknownParameter.StatusCode);
        Assert.Equal("?bundel", (await ProblemAsync(unknownParameter))["diagnostics"]![0]!["file"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, unknownDocument.StatusCode);
        Assert.Equal(["SMI4002", "SMI4001"], Codes(await ProblemAsync(unknownDocument)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdfOff.StatusCode);
        Assert.Equal(["SMI4904"], Codes(await ProblemAsync(pdfOff)));
        Assert.Empty(Parse(await client.GetStringAsync("/api/v1/batches", Ct)).AsArray());
    }

    [Fact]
    public async Task A_batch_is_its_tenants_alone_and_goes_when_deleted()
    {
        await using var service = new TestService(settings: Quick);
        var mine = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));
        var theirs = service.ClientWith(await service.AddTenantAsync("beemster", profile: "beemster"));
        var created = await mine.SendAsync(JsonLines("/api/v1/batches?document=toekenning&formaat=html", [Flat(CaseText("toekenning-een-kind-dagopvang"))]), Ct);
        var location = created.Headers.Location!.ToString();
        await FinishedAsync(mine, location);

        foreach (var path in new[] { location, location + "/rapport", location + "/bestanden" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync(path, Ct)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.DeleteAsync(location, Ct)).StatusCode);
        Assert.Empty(Parse(await theirs.GetStringAsync("/api/v1/batches", Ct)).AsArray());
        Assert.Single(Parse(await mine.GetStringAsync("/api/v1/batches", Ct)).AsArray());

        Assert.Equal(HttpStatusCode.NoContent, (await mine.DeleteAsync(location, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.GetAsync(location, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_batch_stored_but_never_queued_because_its_instance_died_is_queued_by_the_sweep()
    {
        await using var service = new TestService(settings: Quick);
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));
        await using var database = await SmiDatabase.OpenAsync(service.Storage, Ct);
        var store = new BatchStore(database);
        var twoMinutesAgo = DateTimeOffset.UtcNow.AddMinutes(-2);
        var justNow = DateTimeOffset.UtcNow;
        await store.CreateAsync(new StoredBatch("vergeten", "voorbeeldstad", "k", twoMinutesAgo, twoMinutesAgo.AddDays(7), "toekenning", "nl", "html", 0), Lines(2), Ct);
        await store.CreateAsync(new StoredBatch("bezig-met-inplannen", "voorbeeldstad", "k", justNow, justNow.AddDays(7), "toekenning", "nl", "html", 0), Lines(1), Ct);

        await service.Services.GetRequiredService<Batches.BatchJobs>().QueueForgottenAsync(Ct);

        Assert.Equal(2, (await FinishedAsync(client, "/api/v1/batches/vergeten"))["gemaakt"]!.GetValue<int>());
        // The forgotten batch is now queued; one stored a moment ago may be being queued by its own instance right now,
        // so the sweep leaves it for a minute.
        Assert.Equal(["bezig-met-inplannen"], (await store.UnqueuedAsync(DateTimeOffset.UtcNow.AddDays(1), Ct)).Select(b => b.Id));

        static async IAsyncEnumerable<NewBatchItem> Lines(int count)
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                yield return new NewBatchItem(i, $"regel-{i + 1}", $"batch.jsonl:{i + 1}", Encoding.UTF8.GetBytes(Flat(CaseText())), null);
            }
        }
    }

    internal static async Task<JsonNode> FinishedAsync(HttpClient client, string location, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var status = Parse(await client.GetStringAsync(location, Ct));
            if (status["status"]!.GetValue<string>() == "klaar")
            {
                return status;
            }
            Assert.True(DateTime.UtcNow < deadline, $"the batch did not finish in {seconds} s: {status.ToJsonString()}");
            await Task.Delay(100, Ct);
        }
    }

    internal static HttpRequestMessage JsonLines(string path, IEnumerable<string> lines) =>
        Post(path, new StringContent(string.Join('\n', lines) + "\n", Encoding.UTF8, "application/jsonl"));

    /// <summary>A case on one line, as JSON Lines needs it.</summary>
    internal static string Flat(string caseJson) => JsonNode.Parse(caseJson)!.ToJsonString();

    internal static string Envelope(string document, string language, string caseJson) =>
        new JsonObject { ["document"] = document, ["taal"] = language, ["zaak"] = JsonNode.Parse(caseJson) }.ToJsonString();

    private static string WithoutAanvraagdatum(string caseJson)
    {
        var node = JsonNode.Parse(caseJson)!.AsObject();
        node.Remove("aanvraagdatum");
        return node.ToJsonString();
    }

    internal static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
