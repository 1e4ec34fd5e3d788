namespace Smi.Docs.Tests.Languages;

/// <summary>A writable copy of templates/, locales/ and data/ side by side, to take a translation apart on purpose.</summary>
internal static class LocaleCopy
{
    /// <returns>The copied templates directory; its locales/ sits next to it, as in the repository.</returns>
    public static string Create(params string[] leaveOut)
    {
        var root = Cli.CliRunner.TempDirectory();
        foreach (var folder in new[] { "templates", "locales", "data" })
        {
            var source = Path.Combine(TestPaths.Root, folder);
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(TestPaths.Root, file).Replace('\\', '/');
                if (leaveOut.Contains(relative))
                {
                    continue;
                }
                var destination = Path.Combine(root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }
        return Path.Combine(root, "templates");
    }
}
