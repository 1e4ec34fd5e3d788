using Smi.Docs.Forms;
using Smi.Docs.Server.Attachments;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Forms;

/// <summary>
/// Section <c>Smi:Applications</c>: how long online applications are kept (issue 17 point 4). <c>DraftRetentionDays</c>
/// (7): a draft after its last save. <c>TakenRetentionDays</c> (30): an application after the municipality took it, so a
/// question about what arrived can still be answered. A sent application waiting to be taken is kept until it is taken.
/// The same for every tenant for now; a per-tenant override in the profile is not built yet (docs/server.md).
/// </summary>
internal sealed record ApplicationRetentionSettings(TimeSpan DraftAge, TimeSpan TakenAge)
{
    public static ApplicationRetentionSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(ServerSettings.Section).GetSection("Applications");
        return new ApplicationRetentionSettings(
            TimeSpan.FromDays(Math.Max(0, section.GetValue("DraftRetentionDays", 7.0))),
            TimeSpan.FromDays(Math.Max(0, section.GetValue("TakenRetentionDays", 30.0))));
    }
}

/// <summary>
/// The recurring job (hourly, registered with the batches' in <c>BatchJobHost</c>) that deletes expired applications from
/// the database and their files from disk: deleted, not hidden (issue 17 point 4). The log line names counts only.
/// </summary>
internal sealed class ApplicationRetention(
    DatabaseHost storage, ApplicationRetentionSettings settings, AttachmentStore attachments, ILogger<ApplicationRetention> logger)
{
    public const string JobId = "aanvragen-opruimen";

    public async Task RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var expired = await new ApplicationStore(storage.Database).DeleteExpiredAsync(DateTimeOffset.UtcNow, settings.DraftAge, settings.TakenAge, cancellationToken);
        // Rows first, files after: a file left by a crash between the two is an orphan with a random name, no application
        // points to it; the other order could leave an application whose files are gone.
        var removedFiles = expired.Removed.Sum(a => FormAnswers.FromJson(a.Antwoorden).Bestanden.Count(file => attachments.Delete(a.TenantId, file)));
        if (expired.Drafts + expired.Taken > 0)
        {
            logger.LogInformation("Removed {Drafts} drafts and {Taken} taken applications past their retention, with {Files} files",
                expired.Drafts, expired.Taken, removedFiles);
        }
    }
}
