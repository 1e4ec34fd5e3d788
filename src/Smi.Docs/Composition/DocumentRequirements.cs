using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>
/// What one document needs from a case before its view model is built: blocks it requires, blocks that
/// contradict it (amounts in a refusal, reasons in a grant) and rules that compare the case with the
/// profile. Problems are located SMI11xx errors at the case's JSON paths, reported all at once, so the
/// case reader can stay the same for every document and no view model has to guess.
/// </summary>
public sealed class DocumentRequirements(
    IReadOnlyList<CaseBlock> requires,
    IReadOnlyList<CaseBlock> excludes,
    Func<SmiCase, MunicipalityProfile, IEnumerable<(DiagnosticCode Code, string Path, string Message)>>? rule = null)
{
    public IReadOnlyList<CaseBlock> Requires => requires;

    public IReadOnlyList<CaseBlock> Excludes => excludes;

    /// <summary>Every problem of <paramref name="zaak"/> for document <paramref name="documentId"/>; empty when it can be composed.</summary>
    public IReadOnlyList<Diagnostic> Check(SmiCase zaak, MunicipalityProfile profile, string documentId)
    {
        var problems = new List<Diagnostic>();
        foreach (var block in requires.Where(b => !b.IsPresentIn(zaak)))
        {
            problems.Add(Error(zaak, CaseCodes.BlokOntbreekt, block.Path, $"'{block.Name}' is required for document '{documentId}'"));
        }
        foreach (var block in excludes.Where(b => b.IsPresentIn(zaak)))
        {
            problems.Add(Error(zaak, CaseCodes.BlokHoortNiet, block.Path, $"'{block.Name}' does not belong in document '{documentId}'; remove it or choose another document"));
        }
        if (problems.Count == 0 && rule is not null)
        {
            problems.AddRange(rule(zaak, profile).Select(p => Error(zaak, p.Code, p.Path, p.Message)));
        }
        return problems;
    }

    private static Diagnostic Error(SmiCase zaak, DiagnosticCode code, string path, string message) =>
        Diagnostic.Error(code, message, SourceLocation.AtJsonPath(zaak.SourceFile, path));
}
