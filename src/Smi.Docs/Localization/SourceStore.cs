using System.Text.RegularExpressions;

namespace Smi.Docs.Localization;

/// <summary>
/// locales/bron/: the exact bytes of each Dutch file a translation was made from, named by its hash, so the
/// status can show what changed in the Dutch since (a diff needs the old text, a hash alone cannot give it).
/// </summary>
public sealed partial class SourceStore(string root)
{
    private string Folder => Path.Combine(root, "locales", LocaleSources.StoreFolder);

    public string? Read(string hash) =>
        SourceHash.Hex(hash) is { } hex && File.Exists(PathOf(hex)) ? File.ReadAllText(PathOf(hex)) : null;

    public void Write(byte[] dutch)
    {
        var path = PathOf(SourceHash.Hex(SourceHash.Of(dutch))!);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Folder);
            FileWriter.WriteAtomically(path, dutch);
        }
    }

    /// <summary>Deletes entries no translation refers to; returns their hashes.</summary>
    public IReadOnlyList<string> Prune(IReadOnlySet<string> referencedHashes)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        var pruned = new List<string>();
        foreach (var file in Directory.GetFiles(Folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            // Only our own entries: a README or anything else a person put here stays.
            if (StoreEntry().IsMatch(name) && !referencedHashes.Contains(SourceHash.Prefix + name[..16]))
            {
                File.Delete(file);
                pruned.Add(SourceHash.Prefix + name[..16]);
            }
        }
        return pruned;
    }

    private string PathOf(string hex) => Path.Combine(Folder, hex + ".txt");

    [GeneratedRegex("^[0-9a-f]{16}\\.txt$")]
    private static partial Regex StoreEntry();
}
