using System.Text.Json;
using Smi.Docs.Diagnostics;
using Smi.Docs.Server.Http;

namespace Smi.Docs.Server.Batches;

/// <summary>
/// A batch item's messages as the database keeps them (JSON, as the API shows a diagnostic), and back, so the report
/// can be made by any instance long after the item was.
/// </summary>
internal static class StoredDiagnostics
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, DiagnosticCode> Codes = DiagnosticRegistry.All.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public static string? Write(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? null : JsonSerializer.Serialize(diagnostics.Select(DiagnosticJson.From), Json);

    public static IReadOnlyList<Diagnostic> Read(string? stored) =>
        stored is null
            ? []
            : [.. JsonSerializer.Deserialize<List<DiagnosticJson>>(stored, Json)!.Select(d => new Diagnostic(
                d.Severity == "error" ? Severity.Error : Severity.Warning,
                // A code dropped in a later version still reads, as the generic failure (SMI4999) with its stored message.
                Codes.GetValueOrDefault(d.Code) ?? OptionCodes.UnexpectedFailure,
                d.Message,
                new SourceLocation(d.File, d.Line, d.Column, d.JsonPath)))];
}
