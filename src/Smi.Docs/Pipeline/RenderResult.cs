using Smi.Docs.Diagnostics;
using Smi.Docs.Rendering;

namespace Smi.Docs.Pipeline;

/// <summary>What one request made: a file per format, or none when an error stopped it; and every diagnostic found.</summary>
public sealed record RenderResult(IReadOnlyList<RenderedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
