using System.Text.Json.Nodes;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// The hostile strings of issue 2 point 3, and the example case with one string field replaced by one of them.
/// A value either fails validation (dates, codes, IBAN) or must show literally — never as markup.
/// </summary>
internal static class InjectionCases
{
    public const string BaseCase = "toekenning-twee-kinderen-ouder";

    /// <summary>Each hostile value and how it must look in the letter's text.</summary>
    public static IReadOnlyList<(string Value, string Shown)> Strings { get; } =
    [
        ("**x**", "**x**"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ("[a](b)", "[a](b)"),
        ("# kop", "# kop"),
        ("1. lijst", "1. lijst"),
        ("{{aanvrager}}", "{{aanvrager}}"),
        ("C:\\pad\\naar", "C:\\pad\\naar"),
        ("\u202Eevil.exe", "[U+202E]evil.exe"),
        ("| a | b |", "| a | b |"),
        ("&amp; &lt;b&gt;", "&amp; &lt;b&gt;"),
        ("`code` _em_ ~~weg~~", "`code` _em_ ~~weg~~"),
        ("::: ondertekening", "::: ondertekening"),
    ];

    /// <summary>JSON paths of every string field in the example case.</summary>
    public static IReadOnlyList<string> StringFieldPaths()
    {
        var paths = new List<string>();
        Collect(JsonNode.Parse(File.ReadAllText(TestPaths.Case(BaseCase)))!, "$", paths);
        return paths;
    }

    public static string WithValue(string path, string value)
    {
        var root = JsonNode.Parse(File.ReadAllText(TestPaths.Case(BaseCase)))!;
        var node = Navigate(root, path);
        node.ReplaceWith(JsonValue.Create(value));
        return root.ToJsonString();
    }

    /// <summary>Reads the modified case; null with the diagnostics when validation refuses it.</summary>
    public static (SmiCase? Case, IReadOnlyList<Diagnostic> Errors) Read(string json)
    {
        try
        {
            return (CaseReader.Read(json, "injection.json"), []);
        }
        catch (SmiDocsException e)
        {
            return (null, e.Diagnostics);
        }
    }

    private static void Collect(JsonNode node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, $"{path}.{key}", paths);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i]!, $"{path}[{i}]", paths);
                }
                break;
            case JsonValue value when value.TryGetValue<string>(out _):
                paths.Add(path);
                break;
        }
    }

    private static JsonNode Navigate(JsonNode root, string path)
    {
        var node = root;
        foreach (var part in path[2..].Split('.'))
        {
            var bracket = part.IndexOf('[');
            node = bracket < 0 ? node![part]! : node![part[..bracket]]![int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }
        return node!;
    }
}
