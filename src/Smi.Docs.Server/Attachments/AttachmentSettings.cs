using Smi.Docs.Storage;

namespace Smi.Docs.Server.Attachments;

/// <summary>
/// Section <c>Smi:Attachments</c>. <c>MaxBytes</c>: the largest file taken (10 MiB: a phone photo of a contract or a
/// scanned advice of a few pages fits). <c>ClamAv</c>: the daemon's address (<c>tcp://127.0.0.1:3310</c> or
/// <c>unix:/run/clamav/clamd.ctl</c>); empty leaves scanning off. <c>Folder</c>: where files are kept, outside the web
/// root; by default <c>bijlagen/</c> in the data folder.
/// </summary>
internal sealed record AttachmentSettings(long MaxBytes, string? ClamAv, TimeSpan ScanTimeout, string Folder)
{
    /// <summary>The limit as the form says it to a parent, in MB.</summary>
    public decimal MaxMegabytes => MaxBytes / (1024m * 1024m);

    public static AttachmentSettings From(IConfiguration configuration, StorageLocation storage)
    {
        var section = configuration.GetSection(ServerSettings.Section).GetSection("Attachments");
        return new AttachmentSettings(
            section.GetValue("MaxBytes", 10L * 1024 * 1024),
            section["ClamAv"] is { Length: > 0 } address ? address : null,
            TimeSpan.FromSeconds(section.GetValue("ScanTimeoutSeconds", 30)),
            section["Folder"] ?? Path.Combine(storage.DataFolder ?? StorageLocation.DefaultDataFolder, "bijlagen"));
    }
}
