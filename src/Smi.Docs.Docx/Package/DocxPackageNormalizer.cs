using System.IO.Compression;

namespace Smi.Docs.Docx.Package;

/// <summary>
/// System.IO.Packaging stamps every zip entry with the current time. Copying the entries into a fresh archive in a
/// fixed order with one fixed timestamp makes the same letter produce the same bytes (and the same hash) every time.
/// </summary>
internal static class DocxPackageNormalizer
{
    private static readonly DateTime DosEpoch = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime DosEnd = new(2107, 12, 31, 0, 0, 0, DateTimeKind.Unspecified);

    public static byte[] Normalize(byte[] package, DateTime timestamp)
    {
        var stamp = Stamp(timestamp);
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var source = entry.Open();
                using var target = copy.Open();
                source.CopyTo(target);
            }
        }

        return output.ToArray();
    }

    /// <summary>Content types first and the package relationships next, the order Word itself writes.</summary>
    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };

    /// <summary>Zip stores local wall-clock time without a zone; keep the value as is and inside the DOS range.</summary>
    private static DateTimeOffset Stamp(DateTime timestamp)
    {
        var value = DateTime.SpecifyKind(timestamp, DateTimeKind.Unspecified);
        value = value < DosEpoch ? DosEpoch : value > DosEnd ? DosEnd : value;
        return new DateTimeOffset(value, TimeSpan.Zero);
    }
}
