using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Smi.Docs.Tests.Input;

/// <summary>Sets a value at a simple JSON path (<c>$.a.b[1].c</c>), so a test reads like the error it expects.</summary>
internal static partial class JsonPaths
{
    public static void Set(JsonObject root, string path, decimal value)
    {
        var steps = Step().Matches(path).Select(m => m.Value).ToList();
        JsonNode node = root;
        foreach (var step in steps[..^1])
        {
            node = step.StartsWith('[') ? node[int.Parse(step[1..^1])]! : node[step[1..]]!;
        }
        node[steps[^1][1..]] = value;
    }

    [GeneratedRegex(@"\.[A-Za-z]+|\[[0-9]+\]")]
    private static partial Regex Step();
}
