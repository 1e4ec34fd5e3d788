using Smi.Docs.Diagnostics;

namespace Smi.Docs.Batch;

/// <summary>An item that was not made, with every problem found (codes, JSON paths; messages never hold case values).</summary>
public sealed record BatchFailure(int Ordinal, string Item, string Source, string? Kenmerk, string? Document, string? Language, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>How a batch run ended: the finished items of this input in input order (made now or before), and the failures.</summary>
public sealed record BatchResult(int Total, int Rendered, int Skipped, IReadOnlyList<BatchEntry> Finished, IReadOnlyList<BatchFailure> Failures, bool Interrupted)
{
    public bool AllSucceeded => Failures.Count == 0 && !Interrupted && Finished.Count == Total;
}
