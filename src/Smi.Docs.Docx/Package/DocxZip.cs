using System.IO.Compression;

namespace Smi.Docs.Docx.Package;

/// <summary>
/// The zip of a DOCX: entries in the order given, every one stamped with the document's own timestamp instead of the
/// clock, so the same letter produces the same bytes (and the same hash) every time.
/// </summary>
internal static class DocxZip
{
    private static readonly DateTime DosEpoch = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime DosEnd = new(2107, 12, 31, 0, 0, 0, DateTimeKind.Unspecified);

    public static byte[] Write(IReadOnlyList<(string Name, byte[] Data)> entries, DateTime timestamp)
    {
        var stamp = Stamp(timestamp);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var target = entry.Open();
                target.Write(data);
            }
        }

        return output.ToArray();
    }

    /// <summary>Zip stores local wall-clock time without a zone; keep the value as is and inside the DOS range.</summary>
    private static DateTimeOffset Stamp(DateTime timestamp)
    {
        var value = DateTime.SpecifyKind(timestamp, DateTimeKind.Unspecified);
        value = value < DosEpoch ? DosEpoch : value > DosEnd ? DosEnd : value;
        return new DateTimeOffset(value, TimeSpan.Zero);
    }
}
