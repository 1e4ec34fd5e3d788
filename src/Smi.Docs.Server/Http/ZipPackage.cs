using System.IO.Compression;
using Smi.Docs.Rendering;

namespace Smi.Docs.Server.Http;

/// <summary>Several formats of one document in one zip, with a fixed entry date so the same files give the same bytes.</summary>
internal static class ZipPackage
{
    private static readonly DateTimeOffset EntryDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Of(IReadOnlyList<RenderedFile> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = zip.CreateEntry(file.FileName, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryDate;
                using var stream = entry.Open();
                stream.Write(file.Content);
            }
        }
        return buffer.ToArray();
    }
}
