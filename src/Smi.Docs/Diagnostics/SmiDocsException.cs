namespace Smi.Docs.Diagnostics;

/// <summary>
/// Raised when input or a template has one or more errors. Carries every diagnostic found, so callers
/// can report all problems at once instead of one per run.
/// </summary>
public sealed class SmiDocsException : Exception
{
    public SmiDocsException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public SmiDocsException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
