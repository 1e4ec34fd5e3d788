using System.Security.Cryptography;
using System.Text;

namespace Smi.Docs.Server.Hosting;

/// <summary>
/// The version of a template folder as the audit trail and the response header give it: SHA-256 over every file of the
/// templates and of <c>locales/</c> next to them (relative path and bytes, in ordinal order), so any change to a text
/// or a translation gives another version and the same files give the same one on every machine.
/// </summary>
internal static class TemplateVersion
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
