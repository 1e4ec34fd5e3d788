namespace Smi.Docs.Server.Tests;

/// <summary>Files of the repository the tests use: the shipped templates, the example profiles and cases.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Profile(string name) => Path.Combine(Root, "examples", "profiles", name + ".yaml");

    /// <summary>
    /// A copy of examples/profiles/voorbeeldstad.yaml (with its logo, which the profile names by a relative path) in a new
    /// temporary folder as <paramref name="name"/>.yaml, with the line <paramref name="line"/> replaced by <paramref name="replacement"/>.
    /// </summary>
    public static string ChangedProfile(string name, string line, string replacement)
    {
        var folder = Directory.CreateTempSubdirectory("smi-docs-profile-").FullName;
        var yaml = File.ReadAllText(Profile("voorbeeldstad"));
        if (!yaml.Contains(line, StringComparison.Ordinal))
        {
            throw new ArgumentException($"voorbeeldstad.yaml has no line '{line}'", nameof(line));
        }
        File.Copy(Path.Combine(Root, "examples", "profiles", "voorbeeldstad-logo.png"), Path.Combine(folder, "voorbeeldstad-logo.png"));
        var path = Path.Combine(folder, name + ".yaml");
        File.WriteAllText(path, yaml.Replace(line, replacement, StringComparison.Ordinal));
        return path;
    }

    public static string Case(string name) => Path.Combine(Root, "examples", "cases", name + ".json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Smi.Docs.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Smi.Docs.sln not found above the test binaries");
    }
}
