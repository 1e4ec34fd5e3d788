using Smi.Docs.Diagnostics;

namespace Smi.Docs.Server.Studio;

/// <summary>What the checks found in a template text: the template checker's problems and, for Dutch, the B1 check's hints.</summary>
internal sealed record StudioCheck(IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
