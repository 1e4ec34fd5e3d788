using Smi.Docs.Diagnostics;
using Smi.Docs.Forms;
using Smi.Docs.Policy;
using Smi.Docs.Server.Tenancy;
using Smi.Docs.Server.Attachments;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Forms;

/// <summary>
/// Section <c>Smi:Applications</c>: how long online applications are kept (issue 17 point 4), unless a tenant's profile
/// says otherwise (<c>formulier.conceptBewaardagen</c>, <c>afgenomenBewaardagen</c>). <c>DraftRetentionDays</c> (7): a
/// draft after its last save. <c>TakenRetentionDays</c> (30): an application after the municipality took it, so a
/// question about what arrived can still be answered. A sent application waiting to be taken is kept until it is taken.
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
    DatabaseHost storage, ApplicationRetentionSettings settings, AttachmentStore attachments, TenantProfiles profiles, ILogger<ApplicationRetention> logger)
{
    public const string JobId = "aanvragen-opruimen";

    public async Task RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var store = new ApplicationStore(storage.Database);
        var now = DateTimeOffset.UtcNow;
        var (drafts, taken, files) = (0, 0, 0);
        foreach (var tenant in await storage.Tenants.ListAsync(cancellationToken))
        {
            var (draftAge, takenAge) = Periods(tenant);
            var expired = await store.DeleteExpiredAsync(now, draftAge, takenAge, cancellationToken, tenant.Id);
            // Rows first, files after: a file left by a crash between the two is an orphan with a random name, no application
            // points to it; the other order could leave an application whose files are gone.
            files += expired.Removed.Sum(a => FormAnswers.FromJson(a.Antwoorden).Bestanden.Count(file => attachments.Delete(a.TenantId, file)));
            (drafts, taken) = (drafts + expired.Drafts, taken + expired.Taken);
        }
        if (drafts + taken > 0)
        {
            logger.LogInformation("Removed {Drafts} drafts and {Taken} taken applications past their retention, with {Files} files", drafts, taken, files);
        }
    }

    /// <summary>The tenant's own periods from its profile, else the service's; for a profile that cannot be read, the service's and a warning.</summary>
    private (TimeSpan Draft, TimeSpan Taken) Periods(Tenant tenant)
    {
        OnlineFormulier formulier;
        try
        {
            formulier = profiles.For(tenant).Formulier;
        }
        catch (SmiDocsException)
        {
            logger.LogWarning("The profile of tenant {Tenant} cannot be read; its applications are kept for the service's periods", tenant.Id);
            formulier = OnlineFormulier.Standaard;
        }
        return (formulier.ConceptBewaardagen is { } draft ? TimeSpan.FromDays(draft) : settings.DraftAge,
            formulier.AfgenomenBewaardagen is { } taken ? TimeSpan.FromDays(taken) : settings.TakenAge);
    }
}
