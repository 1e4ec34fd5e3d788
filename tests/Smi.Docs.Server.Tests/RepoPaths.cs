namespace Smi.Docs.Server.Tests;

/// <summary>Files of the repository the tests use: the shipped templates, the example profiles and cases.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Profile(string name) => Path.Combine(Root, "examples", "profiles", name + ".yaml");

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
