using Smi.Docs.Diagnostics;

namespace Smi.Docs.Batch;

/// <summary>
/// An item with problems: one that was not made (its errors), or one made with warnings. Codes, JSON paths and
/// messages; messages never hold case values.
/// </summary>
public sealed record BatchItemReport(int Ordinal, string Item, string Source, string? Kenmerk, string? Document, string? Language, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// How a batch run ended: the finished items of this input in input order (made now or before), the failures, and
/// the warnings of the items made in this run (an item made before keeps the report of the run that made it).
/// </summary>
public sealed record BatchResult(int Total, int Rendered, int Skipped, IReadOnlyList<BatchEntry> Finished, IReadOnlyList<BatchItemReport> Failures, bool Interrupted)
{
    public IReadOnlyList<BatchItemReport> Warnings { get; init; } = [];

    public bool AllSucceeded => Failures.Count == 0 && !Interrupted && Finished.Count == Total;
}
