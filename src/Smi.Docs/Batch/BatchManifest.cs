using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Smi.Docs.Batch;

/// <summary>One output file of a finished item, as the index lists it.</summary>
public sealed record BatchFile(string Name, string Sha256, long Bytes, int? Pages);

/// <summary>
/// A finished item: its output files were all in place before this entry was written. <see cref="Key"/> is the hash of
/// everything the output depends on (the item's bytes, document, language, formats, profile, templates), so a changed
/// case or template makes the item render again.
/// </summary>
public sealed record BatchEntry(string Item, string Key, string? Kenmerk, string Document, string Language, IReadOnlyList<BatchFile> Files);

/// <summary>
/// The batch's memory across runs (<see cref="FileName"/> in the output folder): one JSON line per finished item,
/// appended and flushed after the item's files are in place. A run that is stopped at any moment leaves at most
/// an item whose files are complete but whose line is missing; the next run renders that one again. The last line
/// for an item wins.
/// </summary>
public sealed class BatchManifest : IDisposable
{
    public const string FileName = ".smi-docs-batch.jsonl";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly string _folder;
    private readonly Dictionary<string, BatchEntry> _entries;
    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();

    private BatchManifest(string folder, Dictionary<string, BatchEntry> entries, StreamWriter writer)
    {
        _folder = folder;
        _entries = entries;
        _writer = writer;
    }

    /// <summary>Opens (or starts) the manifest of <paramref name="folder"/>; a torn last line from a killed run is ignored.</summary>
    public static BatchManifest Open(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var entries = new Dictionary<string, BatchEntry>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (Parse(line) is { } entry)
                {
                    entries[entry.Item] = entry;
                }
            }
        }
        // A torn line from a killed run has no newline after it; start on a fresh line so the next entry is whole.
        var torn = EndsWithoutNewline(path);
        var writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read));
        if (torn)
        {
            writer.WriteLine();
            writer.Flush();
        }
        return new BatchManifest(folder, entries, writer);
    }

    /// <summary>The entry of an item whose output is complete and unchanged for <paramref name="key"/>; null means render it.</summary>
    public BatchEntry? Finished(string item, string key)
    {
        BatchEntry? entry;
        lock (_gate)
        {
            _entries.TryGetValue(item, out entry);
        }
        return entry is not null && entry.Key == key && entry.Files.All(f => Intact(Path.Combine(_folder, item, f.Name), f)) ? entry : null;
    }

    public void Add(BatchEntry entry)
    {
        var line = JsonSerializer.Serialize(entry, Json);
        lock (_gate)
        {
            _entries[entry.Item] = entry;
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    public void Dispose() => _writer.Dispose();

    private static bool EndsWithoutNewline(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        using var stream = File.OpenRead(path);
        if (stream.Length == 0)
        {
            return false;
        }
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() != '\n';
    }

    private static bool Intact(string path, BatchFile file)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != file.Bytes)
        {
            return false;
        }
        using var stream = info.OpenRead();
        return Convert.ToHexStringLower(SHA256.HashData(stream)) == file.Sha256;
    }

    private static BatchEntry? Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<BatchEntry>(line, Json) is { Item: not null, Key: not null, Files: not null } entry ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
