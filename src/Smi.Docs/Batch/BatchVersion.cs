using System.Security.Cryptography;

namespace Smi.Docs.Batch;

/// <summary>
/// A hash of the files an item's output depends on besides the item itself: the profile and every template, text
/// and translation file. It changes when any of them changes, so a resumed batch does not keep letters made with
/// the old text. The engine's own build is part of it too: a new calculation or renderer makes new letters.
/// </summary>
public static class BatchVersion
{
    public static string Of(string profileFile, string templatesDirectory, params string[] moreFolders)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(BatchVersion).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        Add(hash, profileFile, "profile");
        foreach (var folder in new[] { templatesDirectory }.Concat(moreFolders).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Add(hash, file, Path.GetRelativePath(folder, file));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, string file, string name)
    {
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
        hash.AppendData(File.ReadAllBytes(file));
    }
}
