using System.IO.Compression;

namespace Smi.Docs.Tests.Docx;

/// <summary>Raw access to the parts of a DOCX, for tests that check the markup itself.</summary>
internal static class DocxZip
{
    public static string Text(byte[] docx, string entryName)
    {
        using var archive = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        var entry = archive.GetEntry(entryName) ?? throw new InvalidOperationException($"No entry {entryName}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<(string Name, DateTimeOffset LastWriteTime)> Entries(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        return archive.Entries.Select(e => (e.FullName, e.LastWriteTime)).ToList();
    }
}
