namespace Smi.Docs.Diagnostics;

/// <summary>
/// Where a problem is: a file with line and column (templates, YAML, malformed JSON) and/or a path
/// into the data: a JSON path into case data (<c>$.kinderen[1].opvang.uurprijs</c>) or, for YAML such
/// as a profile, a dotted key path (<c>beleid.basisaanbodMaanden</c>). Lines and columns are 1-based; a span in a file
/// also has the line and column of its last character, printed <c>file(3,5)-(3,18)</c>.
/// </summary>
public sealed record SourceLocation(string? File, int? Line = null, int? Column = null, string? JsonPath = null)
{
    public int? EndLine { get; init; }

    public int? EndColumn { get; init; }

    public static SourceLocation InFile(string file, int line, int column) => new(file, line, column);

    public static SourceLocation InFileSpan(string file, int line, int column, int endLine, int endColumn) =>
        new(file, line, column) { EndLine = endLine, EndColumn = endColumn };

    public static SourceLocation AtJsonPath(string file, string jsonPath) => new(file, JsonPath: jsonPath);

    public override string ToString()
    {
        var where = File ?? "";
        if (Line is not null)
        {
            where += Column is null ? $"({Line})" : $"({Line},{Column})";
            if (EndLine is not null && EndColumn is not null)
            {
                where += $"-({EndLine},{EndColumn})";
            }
        }
        if (JsonPath is not null)
        {
            where += where.Length == 0 ? JsonPath : $" {JsonPath}";
        }
        // A file name or path is text from outside too: it may not break the line it is printed on.
        return DiagnosticText.Clean(where);
    }
}
