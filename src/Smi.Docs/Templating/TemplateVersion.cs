using System.Security.Cryptography;
using System.Text;

namespace Smi.Docs.Templating;

/// <summary>
/// The version of a template folder — in the service's audit trail and response header, and in a batch's resume key: SHA-256 over every file of the
/// templates and of <c>locales/</c> next to them (relative path and bytes, in ordinal order), so any change to a text
/// or a translation gives another version and the same files give the same one on every machine.
/// </summary>
public static class TemplateVersion
{
    public static string Of(string templatesDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var root = Path.GetFullPath(Path.Combine(templatesDirectory, ".."));
        foreach (var folder in new[] { templatesDirectory, Path.Combine(templatesDirectory, "..", "locales") }.Where(Directory.Exists))
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
                .OrderBy(f => f.Relative, StringComparer.Ordinal);
            foreach (var (full, relative) in files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
                hash.AppendData(File.ReadAllBytes(full));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
