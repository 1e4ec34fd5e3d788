using System.Runtime.CompilerServices;

namespace Smi.Docs.Tests;

/// <summary>Paths into the repository the tests run from (templates, examples, schemas).</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Profile(string id) => Path.Combine(Root, "examples", "profiles", id + ".yaml");

    public static string Case(string name) => Path.Combine(Root, "examples", "cases", name + ".json");

    public static IReadOnlyList<string> ToekenningCases { get; } = ["toekenning-een-kind-dagopvang", "toekenning-twee-kinderen-ouder", "toekenning-berekend-bso", "toekenning-partner-herstelt", "toekenning-gedeeltelijk-een-kind-afgewezen"];

    /// <summary>Each extension example with the profile it is tested with: the hardheidsclausule needs a maximum (Beemster: 3).</summary>
    public static IReadOnlyList<(string Case, string Profile)> VerlengingCases { get; } =
        [("verlenging-eerste", "voorbeeldstad"), ("verlenging-hardheidsclausule", "beemster")];

    public static IReadOnlyList<string> AfwijzingCases { get; } = ["afwijzing-voorliggende-voorziening", "afwijzing-meerdere-redenen"];

    public static IReadOnlyList<string> Profiles { get; } = ["voorbeeldstad", "beemster", "oude-ijsselstreek", "rivierenland"];

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Smi.Docs.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Smi.Docs.sln not found above the test sources");
    }
}
