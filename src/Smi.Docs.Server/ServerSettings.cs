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
/// <param name="PdfQueueLimit">PDF renders waiting or running at once; one more is refused with 503 and Retry-After.</param>
/// <param name="RequestsPerMinute">Per tenant; one more in the same minute is refused with 429.</param>
internal sealed record ServerSettings(
    StorageLocation Storage,
    string Templates,
    int MaxBodyBytes,
    bool Pdf,
    string? Chromium,
    int PdfQueueLimit,
    int RequestsPerMinute)
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
            section.GetValue("PdfQueueLimit", 16),
            section.GetValue("RequestsPerMinute", 600));
    }
}
