using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Smi.Docs.Tests.Cli;

namespace Smi.Docs.Tests.Batch;

/// <summary>Batch inputs made from the bundled examples, and what a batch folder holds afterwards.</summary>
internal static class BatchFixture
{
    public const string Profile = "voorbeeldstad";

    /// <summary>A JSON Lines file of <paramref name="lines"/> (each a JSON text; null is a blank line).</summary>
    public static string JsonLines(params string?[] lines)
    {
        var folder = CliRunner.TempDirectory();
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "zaken.jsonl");
        File.WriteAllText(path, string.Join('\n', lines.Select(l => l ?? "")) + "\n");
        return path;
    }

    /// <summary>An example case on one line, with its zaaknummer made unique so the index can tell the items apart.</summary>
    public static string Case(string example, int number = 0, Action<JsonObject>? change = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(TestPaths.Case(example)))!.AsObject();
        json["zaaknummer"] = $"SMI-2026-{number:000000}";
        change?.Invoke(json);
        return json.ToJsonString();
    }

    public static string Envelope(string document, string language, string caseJson) =>
        new JsonObject { ["document"] = document, ["taal"] = language, ["zaak"] = JsonNode.Parse(caseJson) }.ToJsonString();

    /// <summary>The grant examples, <paramref name="count"/> lines in turn, each with its own zaaknummer.</summary>
    public static string Grants(int count) =>
        JsonLines([.. Enumerable.Range(1, count).Select(i => Case(TestPaths.ToekenningCases[i % TestPaths.ToekenningCases.Count], i))]);

    /// <summary>The data rows of index.csv.</summary>
    public static IReadOnlyList<string[]> Index(string batchFolder) =>
        [.. File.ReadAllLines(Path.Combine(batchFolder, "index.csv")).Skip(1).Select(l => l.Split(','))];

    public static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>Files a killed or stopped run could have left half-made: staged files of the output writer.</summary>
    public static IReadOnlyList<string> Staged(string batchFolder) =>
        [.. Directory.EnumerateFiles(batchFolder, ".smi-docs-staged-*", SearchOption.AllDirectories)];
}
