using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Tests.Input;

/// <summary>Bad profiles made from the Voorbeeldstad example by editing its text, and where they go wrong.</summary>
internal static class ProfileInput
{
    /// <summary>The real path, so the logo next to it resolves.</summary>
    public static string FilePath => RepositoryFiles.PathTo("examples", "profiles", "voorbeeldstad.yaml");

    public static string Example => File.ReadAllText(FilePath);

    public static string Replaced(string line, string replacement)
    {
        Assert.Contains(line, Example, StringComparison.Ordinal);
        return Example.Replace(line, replacement, StringComparison.Ordinal);
    }

    public static IReadOnlyList<Diagnostic> Errors(string yaml) =>
        Assert.Throws<SmiDocsException>(() => ProfileReader.Read(yaml, FilePath)).Diagnostics;

    /// <summary>Code, line, column and dotted path of every error.</summary>
    public static IReadOnlyList<(string Code, int? Line, int? Column, string? Path)> Found(string yaml) =>
        Errors(yaml).Select(d => (d.Code, d.Location.Line, d.Location.Column, d.Location.JsonPath)).ToList();

    /// <summary>1-based line and column where <paramref name="text"/> first occurs.</summary>
    public static (int Line, int Column) Position(string yaml, string text)
    {
        var index = yaml.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' not in the profile");
        var line = yaml[..index].Count(c => c == '\n') + 1;
        return (line, index - yaml.LastIndexOf('\n', Math.Max(index - 1, 0)));
    }
}
