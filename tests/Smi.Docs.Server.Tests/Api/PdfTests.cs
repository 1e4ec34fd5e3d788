using System.IO.Compression;
using System.Net;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>
/// PDF with the one warm Chromium: a letter with its page count, and the basislijn report; a browser that dies is
/// replaced. In the collection that runs alone, so each test finds only its own service's Chromium to kill or freeze.
/// </summary>
[NeedsChromium]
[Collection(Studio.StudioBrowserCollection.Name)]
public sealed class PdfTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_pdf_by_accept_carries_its_page_count_and_the_basislijn_prints_too()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:Pdf"] = "true" });
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));

        var letter = await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct);
        var bundle = await client.SendAsync(Post("/api/v1/documenten/toekenning?formaat=pdf,html", Case()), Ct);
        var basislijn = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/profiel/basislijn") { Headers = { { "Accept", "application/pdf" } } }, Ct);

        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await letter.Content.ReadAsByteArrayAsync(Ct), 0, 5));
        Assert.InRange(int.Parse(letter.Headers.GetValues("X-Smi-Paginas").Single(), System.Globalization.CultureInfo.InvariantCulture), 2, 10);
        Assert.Equal("application/zip", bundle.Content.Headers.ContentType?.MediaType);
        Assert.True(bundle.Headers.Contains("X-Smi-Paginas"));
        Assert.Equal("application/pdf", basislijn.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_killed_chromium_is_started_again_and_the_next_pdf_still_prints()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:Pdf"] = "true" });
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));
        var before = await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        Assert.True(await ChromiumProcesses.KillAllAsync(Ct) > 0, "the service's Chromium runs under this test process");
        var after = await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct);
        var ready = await client.GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await after.Content.ReadAsByteArrayAsync(Ct), 0, 5));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.NotEmpty(ChromiumProcesses.OfThisProcess());
        Assert.Single(service.Logs.Lines, l => l.Contains("Chromium started again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_killed_chromium_found_by_the_readiness_probe_is_started_again_before_any_pdf_request()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:Pdf"] = "true" });
        var client = service.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Ct)).StatusCode);

        Assert.True(await ChromiumProcesses.KillAllAsync(Ct) > 0, "the service's Chromium runs under this test process");
        // Playwright learns of the death from its driver a moment after the kill; until then the probe still says ready.
        var probes = 0;
        while (ChromiumProcesses.OfThisProcess().Count == 0 && probes++ < 100)
        {
            await client.GetAsync("/health/ready", Ct);
            await Task.Delay(100, Ct);
        }

        Assert.NotEmpty(ChromiumProcesses.OfThisProcess());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_pdf_in_flight_when_the_service_stops_still_prints_before_chromium_closes()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:Pdf"] = "true" });

        var (status, body, stopWaitedForIt) = await ShutdownTests.RenderDuringStopAsync(service, "/api/v1/documenten/toekenning?formaat=pdf");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(body, 0, 5));
        Assert.True(stopWaitedForIt, "the stop waited for the request");
    }

    [Fact]
    public async Task A_frozen_chromium_fails_the_print_in_its_time_and_the_next_pdf_gets_a_new_browser()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:Pdf"] = "true", ["Smi:PdfPrintTimeoutSeconds"] = "3" });
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct)).StatusCode);

        var frozen = ChromiumProcesses.FreezeAll();
        try
        {
            Assert.NotEmpty(frozen);
            var stuck = await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct);
            var after = await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, stuck.StatusCode);
            Assert.Contains("PDF006", Codes(await ProblemAsync(stuck)));
            Assert.True(after.StatusCode == HttpStatusCode.OK, $"the next PDF got {after.StatusCode} {(after.IsSuccessStatusCode ? "" : string.Join(", ", Codes(await ProblemAsync(after))))}");
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await after.Content.ReadAsByteArrayAsync(Ct), 0, 5));
            Assert.Single(service.Logs.Lines, l => l.Contains("Chromium started again", StringComparison.Ordinal));
            // The frozen browser is ended with its driver, not left behind stopped: Playwright's driver kills it when its
            // graceful close gives up (about 30 s), in the background, while the new browser already prints.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (ChromiumProcesses.OfThisProcess().Intersect(frozen).Any() && waited.Elapsed < TimeSpan.FromSeconds(90))
            {
                await Task.Delay(500, Ct);
            }
            Assert.Empty(ChromiumProcesses.OfThisProcess().Intersect(frozen));
        }
        finally
        {
            ChromiumProcesses.KillFrozen(frozen);
        }
    }

    [Fact]
    public async Task A_killed_chromium_that_does_not_start_again_gives_503_with_retry_after_and_the_service_is_not_ready()
    {
        // A browser that starts once: the second start fails as a broken installation would.
        var folder = Directory.CreateTempSubdirectory("smi-docs-chromium-once-").FullName;
        var once = Path.Combine(folder, "chromium-once");
        var real = Environment.GetEnvironmentVariable("SMI_DOCS_CHROMIUM") is { Length: > 0 } fromEnvironment ? fromEnvironment : "/usr/bin/chromium";
        await File.WriteAllTextAsync(once, $"#!/bin/sh\nif [ -e \"{folder}/started\" ]; then exit 1; fi\ntouch \"{folder}/started\"\nexec \"{real}\" \"$@\"\n", Ct);
        Assert.True(OperatingSystem.IsLinux(), "the service's Chromium is found through /proc");
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(once, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        try
        {
            await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:Pdf"] = "true", ["Smi:Chromium"] = once });
            var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct)).StatusCode);

            Assert.True(await ChromiumProcesses.KillAllAsync(Ct) > 0, "the service's Chromium runs under this test process");
            var pdf = await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct);
            var ready = await client.GetAsync("/health/ready", Ct);
            var html = await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "text/html"), Ct);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), pdf.Headers.RetryAfter?.Delta);
            // The print on the dead browser failed (PDF003/PDF004), or it was seen dead first and the new start failed (PDF002).
            var codes = Codes(await ProblemAsync(pdf)).ToHashSet();
            Assert.NotEmpty(codes);
            Assert.Subset(new HashSet<string> { "PDF002", "PDF003", "PDF004" }, codes);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Single(service.Logs.Lines, l => l.Contains("Chromium did not start again", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_chromium_missing_when_the_service_starts_is_started_by_a_later_request()
    {
        // The browser is installed after the service started: a path that appears later.
        var folder = Directory.CreateTempSubdirectory("smi-docs-chromium-later-").FullName;
        var later = Path.Combine(folder, "chromium");
        var real = Environment.GetEnvironmentVariable("SMI_DOCS_CHROMIUM") is { Length: > 0 } fromEnvironment ? fromEnvironment : "/usr/bin/chromium";
        try
        {
            await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:Pdf"] = "true", ["Smi:Chromium"] = later });
            var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));
            var before = await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready", Ct)).StatusCode);

            File.CreateSymbolicLink(later, real);
            await Task.Delay(TimeSpan.FromSeconds(PdfQueueRetrySeconds + 1), Ct);
            var after = await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct);

            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await after.Content.ReadAsByteArrayAsync(Ct), 0, 5));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Ct)).StatusCode);
            Assert.Single(service.Logs.Lines, l => l.Contains("Chromium started again", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Here, not in BatchTests: the tests of this class kill this process's Chromiums, one test at a time.</summary>
    [Fact]
    public async Task A_pdf_batch_is_printed_by_the_services_browser_and_the_index_gives_each_letters_pages()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?>(BatchTests.Quick) { ["Smi:Pdf"] = "true" });
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));
        var created = await client.SendAsync(BatchTests.JsonLines("/api/v1/batches?document=toekenning",
            [BatchTests.Flat(CaseText("toekenning-een-kind-dagopvang")), BatchTests.Flat(CaseText("toekenning-twee-kinderen-ouder"))]), Ct);

        await BatchTests.FinishedAsync(client, created.Headers.Location!.ToString());
        using var archive = new ZipArchive(await client.GetStreamAsync(created.Headers.Location + "/bestanden", Ct));
        var index = new StreamReader(archive.GetEntry("index.csv")!.Open()).ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();

        Assert.Equal(["regel-1/toekenning.nl.pdf", "regel-2/toekenning.nl.pdf"], index.Select(r => r[3]));
        foreach (var row in index)
        {
            var pdf = BatchTests.Bytes(archive.GetEntry(row[3])!);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
            Assert.True(int.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture) >= 2, $"{row[3]} has {row[4]} pages; a toekenning has at least two");
        }
    }

    private const int PdfQueueRetrySeconds = Hosting.PdfQueue.RetryAfterSeconds;
}
