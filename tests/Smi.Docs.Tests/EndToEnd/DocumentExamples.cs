using Smi.Docs.Documents;
using Smi.Docs.Tests.Matrix;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// Every example case of every model document with the profile it is tested with. The document matrix already
/// approves one case per document with every profile; <see cref="BeyondMatrix"/> are the examples it does not render.
/// </summary>
internal static class DocumentExamples
{
    public static IReadOnlyList<(string Document, string? Case, string Profile)> All { get; } =
    [
        .. TestPaths.ToekenningCases.Select(c => ("toekenning", (string?)c, "voorbeeldstad")),
        .. TestPaths.AfwijzingCases.Select(c => ("afwijzing", (string?)c, "voorbeeldstad")),
        .. TestPaths.VerlengingCases.Select(v => ("verlenging", (string?)v.Case, v.Profile)),
        .. Policy.SeedProfiles.Ids.SelectMany(p => OntbrekendeGegevensCases.All.Select(c => (OntbrekendeGegevensCases.DocumentId, (string?)c, p))),
        .. FormExample.All.Select(f => (f.DocumentId, f.CaseName, "voorbeeldstad")),
        ("publiekstekst", null, "voorbeeldstad"),
    ];

    public static TheoryData<string, string?, string> AllRows() => Rows(All);

    /// <summary>The examples whose snapshots no other test approves.</summary>
    public static TheoryData<string, string?, string> BeyondMatrix() =>
        Rows(All.Where(e => !DocumentMatrix.Documents.Contains((e.Document, e.Case)) || !TestPaths.Profiles.Contains(e.Profile)));

    /// <summary>The examples of letters, which always answer a case.</summary>
    public static TheoryData<string, string, string> LettersOf(params string[] documents)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (document, caseName, profile) in All.Where(e => documents.Contains(e.Document)))
        {
            data.Add(document, caseName ?? throw new InvalidOperationException($"{document} has an example without a case"), profile);
        }
        return data;
    }

    public static LetterDocument Compose(string document, string? caseName, string profile) =>
        Examples.Composer.Compose(caseName is null ? null : Examples.Case(caseName), Examples.Profile(profile), document, "nl");

    /// <summary>The names the snapshots had before the matrix, kept so the approved files stay where they are.</summary>
    public static string SnapshotName(string document, string? caseName, string profile) => document switch
    {
        "toekenning" or "afwijzing" => $"{document}.{caseName}",
        "verlenging" => $"{document}.{caseName}.{profile}",
        OntbrekendeGegevensCases.DocumentId => $"{document}.{profile}.{caseName}",
        "publiekstekst" => $"{document}.{profile}",
        _ => $"formulier.{caseName ?? document + "-leeg"}",
    };

    private static TheoryData<string, string?, string> Rows(IEnumerable<(string Document, string? Case, string Profile)> examples)
    {
        var data = new TheoryData<string, string?, string>();
        foreach (var (document, caseName, profile) in examples)
        {
            data.Add(document, caseName, profile);
        }
        return data;
    }
}
