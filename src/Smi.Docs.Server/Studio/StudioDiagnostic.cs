using System.Text.Json.Serialization;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// One problem for the editor to underline: its span in the text being edited (1-based lines and columns, the last
/// character included). A problem in another file (a partial it includes) has no span and names that file.
/// </summary>
internal sealed record StudioDiagnostic(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("column")] int? Column,
    [property: JsonPropertyName("endLine")] int? EndLine,
    [property: JsonPropertyName("endColumn")] int? EndColumn)
{
    public static StudioDiagnostic From(Diagnostic diagnostic, StudioTemplate template)
    {
        var location = diagnostic.Location;
        var here = location.File == template.DisplayPath;
        return new StudioDiagnostic(
            diagnostic.Code,
            diagnostic.Severity == Diagnostics.Severity.Error ? "error" : "warning",
            here || location.File is null ? diagnostic.Message : $"{location}: {diagnostic.Message}",
            location.File,
            here ? location.Line : null,
            here ? location.Column : null,
            here ? location.EndLine : null,
            here ? location.EndColumn : null);
    }
}
