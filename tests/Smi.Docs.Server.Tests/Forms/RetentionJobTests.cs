using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection;
using Smi.Docs.Forms;
using Smi.Docs.Server.Attachments;
using Smi.Docs.Server.Forms;
using Smi.Docs.Server.Tests.Api;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// The hourly retention job as the service runs it: an expired draft leaves the database and its file leaves the disk;
/// an application still waiting for the municipality keeps its row and file; the log line names counts only.
/// </summary>
public sealed class RetentionJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_recurring_job_deletes_an_expired_draft_and_its_file_and_logs_counts_only()
    {
        await using var service = new TestService();
        await service.AddTenantAsync("voorbeeldstad");
        var attachments = service.Services.GetRequiredService<AttachmentStore>();
        var expiredFile = await attachments.SaveAsync("voorbeeldstad", AttachmentKind.Pdf, "%PDF-1.7 verlopen"u8.ToArray(), Ct);
        var keptFile = await attachments.SaveAsync("voorbeeldstad", AttachmentKind.Png, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1 }, Ct);
        var now = DateTimeOffset.UtcNow;
        await using (var database = await SmiDatabase.OpenAsync(service.Storage, Ct))
        {
            var store = new ApplicationStore(database);
            await store.CreateAsync("voorbeeldstad", "AV-VERLOPEN", "AAAA-AAAA-AAAA", "nl", AnswersWith(expiredFile.As("opvang")), now.AddDays(-7).AddMinutes(-1), Ct);
            await store.CreateAsync("voorbeeldstad", "AV-WACHTEND", "BBBB-BBBB-BBBB", "nl", "{}", now.AddDays(-400), Ct);
            await store.SendAsync("voorbeeldstad", "AV-WACHTEND", AnswersWith(keptFile.As("inkomen")), "{}", now.AddDays(-400), Ct);
        }

        await service.Services.GetRequiredService<ApplicationRetention>().RemoveExpiredAsync(Ct);

        await using (var database = await SmiDatabase.OpenAsync(service.Storage, Ct))
        {
            var store = new ApplicationStore(database);
            Assert.Null(await store.FindAsync("voorbeeldstad", "AV-VERLOPEN", Ct));
            Assert.NotNull(await store.FindAsync("voorbeeldstad", "AV-WACHTEND", Ct));
        }
        Assert.Null(await attachments.ReadAsync("voorbeeldstad", expiredFile.Id, expiredFile.Kind, Ct));
        Assert.Empty(Directory.GetFiles(service.Storage.DataFolder!, expiredFile.Id + "*", SearchOption.AllDirectories));
        Assert.NotNull(await attachments.ReadAsync("voorbeeldstad", keptFile.Id, keptFile.Kind, Ct));
        var line = Assert.Single(service.Logs.Lines, l => l.Contains("past their retention", StringComparison.Ordinal));
        Assert.Contains("Removed 1 drafts and 0 taken applications past their retention, with 1 files", line, StringComparison.Ordinal);
        Assert.DoesNotContain("AV-", line, StringComparison.Ordinal);

        // Registered with the job engine to run every hour, beside the batches' cleanup.
        using var connection = new SQLiteStorage(Path.Combine(service.Storage.DataFolder!, "hangfire.db")).GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == ApplicationRetention.JobId);
        Assert.Equal(("0 * * * *", nameof(ApplicationRetention.RemoveExpiredAsync)), (job.Cron, job.Job.Method.Name));
    }

    [Fact]
    public async Task A_tenants_own_periods_from_its_profile_apply_to_its_applications_only()
    {
        // examples/profiles/voorbeeldstad.yaml with formulier.conceptBewaardagen 1 instead of 7.
        var profile = RepoPaths.ChangedProfile("kortstad", "  conceptBewaardagen: 7 ", "  conceptBewaardagen: 1 ");
        await using var service = new TestService();
        await service.AddTenantAsync("voorbeeldstad");
        await service.AddTenantAsync("kortstad", profilePath: profile);
        var twoDaysAgo = DateTimeOffset.UtcNow.AddDays(-2);
        await using (var database = await SmiDatabase.OpenAsync(service.Storage, Ct))
        {
            var store = new ApplicationStore(database);
            await store.CreateAsync("voorbeeldstad", "AV-ZEVEN-DAGEN", "AAAA-AAAA-AAAA", "nl", "{}", twoDaysAgo, Ct);
            await store.CreateAsync("kortstad", "AV-EEN-DAG", "BBBB-BBBB-BBBB", "nl", "{}", twoDaysAgo, Ct);
        }

        await service.Services.GetRequiredService<ApplicationRetention>().RemoveExpiredAsync(Ct);

        await using (var database = await SmiDatabase.OpenAsync(service.Storage, Ct))
        {
            var store = new ApplicationStore(database);
            Assert.NotNull(await store.FindAsync("voorbeeldstad", "AV-ZEVEN-DAGEN", Ct));
            Assert.Null(await store.FindAsync("kortstad", "AV-EEN-DAG", Ct));
        }
    }

    private static string AnswersWith(FormAttachment file)
    {
        var answers = new FormAnswers();
        answers.Bestanden.Add(file);
        return answers.ToJson();
    }
}
