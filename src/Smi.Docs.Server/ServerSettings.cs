using Smi.Docs.Cases;
using Smi.Docs.Storage;

namespace Smi.Docs.Server;

/// <summary>
/// The service's settings, section <c>Smi</c> of the configuration (appsettings.json, or environment variables such
/// as <c>Smi__Database</c>). Read once when the service starts.
/// </summary>
/// <param name="Templates">The shipped templates (a tenant may have its own copy); <c>locales/</c> lies next to them.</param>
/// <param name="MaxBodyBytes">The largest body taken; the case reader's own budget by default.</param>
/// <param name="Pdf">Start the warm Chromium; without it PDF requests are answered 503.</param>
/// <param name="Chromium">The Chromium executable; null for the printer's default (<c>SMI_DOCS_CHROMIUM</c> or /usr/bin/chromium).</param>
/// <param name="PdfPrintTimeout">How long one print may take before its page is closed (PDF006); a browser that does not
/// even close the page then is replaced.</param>
/// <param name="PdfQueueLimit">PDF renders waiting or running at once; one more is refused with 503 and Retry-After.</param>
/// <param name="RequestsPerMinute">Per tenant; one more in the same minute is refused with 429.</param>
/// <param name="Batches">How this instance takes part in batches (docs/server.md "Batches").</param>
/// <param name="PublishedPipelines">Pipelines with a tenant's published versions kept built at once (the least recently used
/// one goes first); each holds every template compiled.</param>
internal sealed record ServerSettings(
    StorageLocation Storage,
    string Templates,
    int MaxBodyBytes,
    bool Pdf,
    string? Chromium,
    TimeSpan PdfPrintTimeout,
    int PdfQueueLimit,
    int RequestsPerMinute,
    BatchSettings Batches,
    int PublishedPipelines)
{
    public const string Section = "Smi";

    public static ServerSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new ServerSettings(
            StorageLocation.Resolve(section["DataFolder"], section["Database"]),
            section["Templates"] ?? Path.Combine(AppContext.BaseDirectory, "templates"),
            section.GetValue("MaxBodyBytes", CaseLimits.MaxFileBytes),
            section.GetValue("Pdf", true),
            section["Chromium"],
            TimeSpan.FromSeconds(section.GetValue("PdfPrintTimeoutSeconds", 30)),
            section.GetValue("PdfQueueLimit", 16),
            section.GetValue("RequestsPerMinute", 600),
            BatchSettings.From(section),
            Math.Max(1, section.GetValue("PublishedPipelines", 16)));
    }
}

/// <param name="Workers">Items this instance makes at once; 0 takes batches in but leaves the making to other instances.</param>
/// <param name="ChunkSize">Items per job: the unit an instance takes, and the most another instance makes again when one dies.</param>
/// <param name="Retention">How long a batch's files are kept after it was sent in, then removed.</param>
/// <param name="MaxBodyBytes">The largest JSON Lines body taken.</param>
/// <param name="JobTimeout">How long a job taken by an instance stays hidden from the others. On PostgreSQL a living instance
/// keeps extending it, so this is how long a dead instance's job waits before another takes it; on SQLite (one instance)
/// it is how long a job of a killed process waits for the restarted one.</param>
/// <param name="PollInterval">How often an idle instance looks for jobs.</param>
/// <param name="InstanceName">This instance in the job engine and in a batch item's record of who made it.</param>
internal sealed record BatchSettings(
    int Workers, int ChunkSize, TimeSpan Retention, long MaxBodyBytes, TimeSpan JobTimeout, TimeSpan PollInterval, string InstanceName)
{
    public static BatchSettings From(IConfigurationSection section)
    {
        var batches = section.GetSection("Batches");
        return new BatchSettings(
            Math.Max(0, batches.GetValue("Workers", Environment.ProcessorCount)),
            Math.Max(1, batches.GetValue("ChunkSize", 10)),
            TimeSpan.FromDays(batches.GetValue("RetentionDays", 7.0)),
            batches.GetValue("MaxBodyBytes", 256L * 1024 * 1024),
            TimeSpan.FromSeconds(batches.GetValue("JobTimeoutSeconds", 300.0)),
            TimeSpan.FromMilliseconds(batches.GetValue("PollIntervalMilliseconds", 1000.0)),
            batches["InstanceName"] ?? $"{Environment.MachineName}:{Environment.ProcessId}");
    }
}
