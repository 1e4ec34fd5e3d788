using System.IO.Compression;
using Smi.Docs.Rendering;

namespace Smi.Docs.Server.Http;

/// <summary>Several files in one zip (the formats of one document, or a batch), with a fixed entry date so the same files give the same bytes.</summary>
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
                Add(zip, file);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A zip of files that arrive one at a time (a batch's output), written to <paramref name="target"/> as they come.</summary>
    public static async Task WriteAsync(Stream target, IAsyncEnumerable<RenderedFile> files, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        await foreach (var file in files.WithCancellation(cancellationToken))
        {
            Add(zip, file);
        }
    }

    private static void Add(ZipArchive zip, RenderedFile file)
    {
        var entry = zip.CreateEntry(file.FileName, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryDate;
        using var stream = entry.Open();
        stream.Write(file.Content);
    }
}
