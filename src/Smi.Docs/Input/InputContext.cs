using Smi.Docs.Diagnostics;

namespace Smi.Docs.Input;

/// <summary>
/// The state of one read: the file being read, the code family (<see cref="CaseCodes.Input"/> for cases,
/// <see cref="ProfileCodes.Input"/> for profiles) and every diagnostic so far, so that all problems are reported at once.
/// <paramref name="limits"/> and the family's <see cref="InputCodes.Boundary"/> codes bound what a value may be
/// (docs/diagnostics.md); without them (the installation's own files) only the shape is checked.
/// </summary>
internal sealed class InputContext(string file, InputCodes codes, InputLimits? limits = null)
{
    public string File => file;

    /// <summary>The limits and their codes, or null when this input has none.</summary>
    public (InputLimits Limits, InputBoundaryCodes Codes)? Boundary =>
        limits is not null && codes.Boundary is { } boundary ? (limits, boundary) : null;

    /// <summary>How a key is called in messages: "field" in JSON, "key" in YAML.</summary>
    public string KeyNoun => codes.KeyNoun;

    public DiagnosticBag Diagnostics { get; } = new();

    public DiagnosticCode Code(InputProblem problem) => codes.For(problem);

    public void Report(InputProblem problem, InputNode node, string message) =>
        Diagnostics.Error(Code(problem), message, At(node));

    public void Report(InputProblem problem, SourceLocation location, string message) =>
        Diagnostics.Error(Code(problem), message, location);

    public void Error(DiagnosticCode code, string path, string message) =>
        Diagnostics.Error(code, message, new SourceLocation(file, JsonPath: path));

    public SourceLocation At(InputNode node) => At(node.Path, node.Line, node.Column);

    public SourceLocation At(string path, int? line, int? column) =>
        new(file, line, column, path.Length == 0 ? null : path);

    /// <summary>
    /// True when a problem was already reported at, above or below one of <paramref name="paths"/>: a
    /// rule that compares values skips them then, instead of comparing a fallback and reporting nonsense.
    /// </summary>
    public bool HasErrorAt(params string[] paths) =>
        Diagnostics.Items.Any(d => d.Location.JsonPath is { } at
            && paths.Any(p => IsAtOrBelow(at, p) || IsAtOrBelow(p, at)));

    /// <summary>True when a problem was reported at <paramref name="path"/> itself or above it (a list that is missing, not its items).</summary>
    public bool HasErrorAtOrAbove(string path) =>
        Diagnostics.Items.Any(d => d.Location.JsonPath is { } at && IsAtOrBelow(path, at));

    private static bool IsAtOrBelow(string at, string path) =>
        at.StartsWith(path, StringComparison.Ordinal)
        && (at.Length == path.Length || at[path.Length] is '.' or '[');
}
