namespace Smi.Docs.Diagnostics;

/// <summary>
/// One problem found in the input or a template, printed as <c>file(line,col): error CODE: message</c>.
/// Messages describe the problem, never the personal data that caused it.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public static Diagnostic Error(string code, string message, SourceLocation location) =>
        new(Severity.Error, code, message, location);

    public static Diagnostic Warning(string code, string message, SourceLocation location) =>
        new(Severity.Warning, code, message, location);

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var where = Location.ToString();
        return where.Length == 0 ? $"{severity} {Code}: {Message}" : $"{where}: {severity} {Code}: {Message}";
    }
}
