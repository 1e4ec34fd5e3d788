using Smi.Docs.Diagnostics;

namespace Smi.Docs.Pipeline;

/// <summary>The output formats Smi.Docs knows, and the one reading of a format list as a caller writes it.</summary>
public static class DocumentFormats
{
    public const string Html = "html";
    public const string Docx = "docx";
    public const string Pdf = "pdf";

    public static IReadOnlyList<string> All { get; } = [Html, Docx, Pdf];

    /// <summary><c>html,docx</c> as on the command line: lower-cased, duplicates dropped, every name known (SMI4003).</summary>
    public static IReadOnlyList<string> Parse(string list)
    {
        var formats = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant())
            .Distinct()
            .ToList();
        return Problem(formats, All) is { } problem ? throw new SmiDocsException(problem) : formats;
    }

    /// <summary>SMI4003 when <paramref name="asked"/> is empty or names a format not in <paramref name="available"/>; else null.</summary>
    internal static Diagnostic? Problem(IReadOnlyList<string> asked, IReadOnlyList<string> available)
    {
        var unknown = asked.Where(f => !available.Contains(f)).ToList();
        return asked.Count > 0 && unknown.Count == 0 ? null : Diagnostic.Error(
            OptionCodes.UnknownFormat, $"unknown format '{string.Join(", ", unknown)}'; use one or more of {string.Join(", ", available)}", new SourceLocation("--format"));
    }
}
