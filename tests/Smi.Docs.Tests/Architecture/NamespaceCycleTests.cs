using System.Text.RegularExpressions;

namespace Smi.Docs.Tests.Architecture;

/// <summary>
/// The core's folders depend on each other in one direction only (docs/architecture.md): a stage may use the stages
/// before it and the shared parts (Diagnostics, Formatting, Documents), never the other way round. Read from the
/// sources — <c>using</c> lines and qualified names — because a cycle is a fact about the code a reader sees.
/// </summary>
public sealed partial class NamespaceCycleTests
{
    private static readonly string Core = Path.Combine(TestPaths.Root, "src", "Smi.Docs");

    [Fact]
    public void The_core_has_no_namespace_cycles()
    {
        var graph = DependencyGraph();

        var cycles = graph.Keys.Select(start => CycleFrom(start, graph)).OfType<string>().Distinct().ToList();

        Assert.True(graph.Count >= 10, "the scan found too few namespaces to mean anything");
        Assert.True(cycles.Count == 0, "namespace cycles: " + string.Join("; ", cycles));
    }

    [Fact]
    public void The_scan_sees_a_cycle_when_there_is_one()
    {
        var graph = DependencyGraph();
        // Composition builds view models; if a view model reached back into Composition, that is a cycle.
        graph["ViewModels"].Add("Composition");

        Assert.NotNull(CycleFrom("Composition", graph));
    }

    /// <summary>Top-level namespace under Smi.Docs → the top-level namespaces its files name.</summary>
    private static Dictionary<string, HashSet<string>> DependencyGraph()
    {
        var files = Directory.GetFiles(Core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Text: File.ReadAllText(f), Namespace: NamespaceLine().Match(File.ReadAllText(f)).Groups[1].Value))
            .Where(f => f.Namespace.Length > 0)
            .ToList();
        var names = files.Select(f => f.Namespace).ToHashSet(StringComparer.Ordinal);
        var graph = names.ToDictionary(n => n, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (text, own) in files)
        {
            var code = Comment().Replace(text, "");
            var used = QualifiedName().Matches(code).Select(m => m.Groups[1].Value)
                .Concat(SiblingName().Matches(code).Select(m => m.Groups[1].Value))
                .Where(n => names.Contains(n) && n != own);
            graph[own].UnionWith(used);
        }
        return graph;
    }

    private static string? CycleFrom(string start, Dictionary<string, HashSet<string>> graph)
    {
        var path = new List<string> { start };
        return Walk(start);

        string? Walk(string current)
        {
            foreach (var next in graph[current].Order(StringComparer.Ordinal))
            {
                if (next == start)
                {
                    return string.Join(" → ", path.Append(start));
                }
                if (path.Contains(next) || string.CompareOrdinal(next, start) < 0)
                {
                    // Each cycle is reported once, from its alphabetically first namespace.
                    continue;
                }
                path.Add(next);
                if (Walk(next) is { } cycle)
                {
                    return cycle;
                }
                path.RemoveAt(path.Count - 1);
            }
            return null;
        }
    }

    [GeneratedRegex(@"^namespace Smi\.Docs\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\bSmi\.Docs\.(\w+)")]
    private static partial Regex QualifiedName();

    /// <summary>A sibling namespace named relative to Smi.Docs, as in <c>Formatting.FixedTexts</c> (not a member access <c>x.Forms.Get</c>).</summary>
    [GeneratedRegex(@"(?<![\w.])([A-Z]\w+)\.[A-Z]\w*")]
    private static partial Regex SiblingName();
}
