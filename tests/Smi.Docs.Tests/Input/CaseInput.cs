using System.Text.Json.Nodes;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Tests.Input;

/// <summary>Bad case JSON made from a valid example, one change at a time, and the errors it gets.</summary>
internal static class CaseInput
{
    public const string OneChild = "toekenning-een-kind-dagopvang";
    public const string TwoChildren = "toekenning-twee-kinderen-ouder";

    public static string Example(string name) => RepositoryFiles.Read("examples", "cases", name + ".json");

    /// <summary>The two-children example (partner, betaling aan ouder, bso) after <paramref name="change"/>.</summary>
    public static string Changed(Action<JsonObject> change) => Changed(TwoChildren, change);

    /// <summary>Example <paramref name="name"/> after <paramref name="change"/>.</summary>
    public static string Changed(string name, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Example(name))!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    public static IReadOnlyList<Diagnostic> Errors(string json) =>
        Assert.Throws<SmiDocsException>(() => CaseReader.Read(json, "zaak.json")).Diagnostics;

    /// <summary>Code and JSON path of every error, to compare with the exact list expected.</summary>
    public static IReadOnlyList<(string Code, string? Path)> Found(string json) =>
        Errors(json).Select(d => (d.Code, d.Location.JsonPath)).ToList();

    public static JsonObject Child(JsonObject root, int index) => root["kinderen"]![index]!.AsObject();

    public static JsonObject Opvang(JsonObject root, int index) => Child(root, index)["opvang"]!.AsObject();

    public static JsonObject Maand(JsonObject root, int child, int month) =>
        root["berekening"]!["kinderen"]![child]!["maanden"]![month]!.AsObject();
}
