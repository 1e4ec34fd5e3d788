using Smi.Docs.Diagnostics;

namespace Smi.Docs.Server.Http;

/// <summary>
/// One diagnostic as the API gives it. The file is named only when it is the caller's own (<c>zaak.json</c>, a query
/// parameter, a header): a full path is the server's, and tells a caller nothing it can fix.
/// </summary>
internal sealed record DiagnosticJson(string Code, string Severity, string Message, string? JsonPath, string? File, int? Line, int? Column)
{
    public static DiagnosticJson From(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var file = location.File is { } name && !Path.IsPathRooted(name) ? name : null;
        return new DiagnosticJson(
            diagnostic.Code,
            diagnostic.Severity == Diagnostics.Severity.Error ? "error" : "warning",
            diagnostic.Message,
            location.JsonPath,
            file,
            location.Line,
            location.Column);
    }
}
