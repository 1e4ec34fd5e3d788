namespace Smi.Docs.Diagnostics;

/// <summary>Collects diagnostics while reading input so that every problem is reported in one go.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(DiagnosticCode code, string message, SourceLocation location) =>
        _items.Add(Diagnostic.Error(code, message, location));

    public void Warning(DiagnosticCode code, string message, SourceLocation location) =>
        _items.Add(Diagnostic.Warning(code, message, location));

    /// <summary>Throws <see cref="SmiDocsException"/> with every error collected so far.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new SmiDocsException(_items.Where(d => d.Severity == Severity.Error).ToList());
        }
    }
}
