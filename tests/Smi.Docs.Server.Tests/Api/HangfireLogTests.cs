using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>
/// Hangfire keeps one log provider per process (Batches/HangfireLog.cs forwards to the service that runs now), so this
/// runs in the collection that runs alone: a service another test starts meanwhile would take Hangfire's lines.
/// </summary>
[Collection(Studio.StudioBrowserCollection.Name)]
public sealed class HangfireLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_service_after_one_that_stopped_runs_its_batches_and_hangfire_logs_through_it()
    {
        // Hangfire keeps one log provider per process: it must not keep the first service's (disposed) loggers.
        await using (var first = new TestService(settings: BatchTests.Quick))
        {
            await first.AddTenantAsync("voorbeeldstad");
            first.CreateClient();
        }
        await using var second = new TestService(settings: BatchTests.Quick);
        var client = second.ClientWith(await second.AddTenantAsync("voorbeeldstad"));

        var created = await client.SendAsync(BatchTests.JsonLines("/api/v1/batches?document=toekenning&formaat=html", [BatchTests.Flat(CaseText())]), Ct);

        Assert.Equal(1, (await BatchTests.FinishedAsync(client, created.Headers.Location!.ToString()))["gemaakt"]!.GetValue<int>());
        Assert.Contains(second.Logs.Lines, l => l.Contains(" Hangfire.", StringComparison.Ordinal));
    }
}
