using System.Text.Json;
using System.Text.Json.Serialization;
using Smi.Docs.Calculation.Termijnen;

namespace Smi.Docs.Calculation;

/// <summary>
/// The calculation as JSON, one shape for <c>smi-docs bereken --json</c> and <c>POST /api/v1/berekeningen</c>: the
/// amounts per child and month with their explanation, and the deadlines.
/// </summary>
public static class BerekeningJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new MethodeJsonConverter(), new UitlegZinJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Serialize(Berekeningsuitkomst berekening, TermijnenUitkomst termijnen) =>
        JsonSerializer.Serialize(new { berekening, termijnen }, Options);
}
