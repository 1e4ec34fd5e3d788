namespace Smi.Docs.Diagnostics;

/// <summary>
/// One problem found in the input or a template, printed as <c>file(line,col): error CODE: message</c>.
/// Messages describe the problem, never the personal data that caused it.
/// </summary>
/// <param name="Definition">The registered code; its origin decides who is at fault.</param>
public sealed record Diagnostic(Severity Severity, DiagnosticCode Definition, string Message, SourceLocation Location)
{
    /// <summary>The message, cleaned of control characters and cut to a screenful (<see cref="DiagnosticText"/>).</summary>
    public string Message { get; init; } = DiagnosticText.Clean(Message);

    /// <summary>The code as printed, e.g. <c>SMI1101</c>.</summary>
    public string Code => Definition.Id;

    public static Diagnostic Error(DiagnosticCode code, string message, SourceLocation location) =>
        new(Severity.Error, code, message, location);

    public static Diagnostic Warning(DiagnosticCode code, string message, SourceLocation location) =>
        new(Severity.Warning, code, message, location);

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var where = Location.ToString();
        return where.Length == 0 ? $"{severity} {Code}: {Message}" : $"{where}: {severity} {Code}: {Message}";
    }
}
