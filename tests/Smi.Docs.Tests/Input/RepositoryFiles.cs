namespace Smi.Docs.Tests.Input;

/// <summary>Finds files of the repository (examples, schemas, docs) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Smi.Docs.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Smi.Docs.sln not found above " + AppContext.BaseDirectory);
    });

    public static string PathTo(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathTo(parts));
}
