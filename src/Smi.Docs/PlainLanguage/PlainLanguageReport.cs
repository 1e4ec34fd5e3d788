using Smi.Docs.Diagnostics;

namespace Smi.Docs.PlainLanguage;

/// <summary>What the plain-language check found in one template: located diagnostics (in file order) and the statistics.</summary>
public sealed record PlainLanguageReport(string FileName, IReadOnlyList<Diagnostic> Diagnostics, DocumentStatistics Statistics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
