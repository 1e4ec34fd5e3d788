namespace Smi.Docs.Tests.Matrix;

/// <summary>
/// Every model document with one example case (none for the publiekstekst, which is made from the profile
/// alone) × every example profile: issue 4 asks that each renders, in each format, following that policy.
/// </summary>
internal static class DocumentMatrix
{
    public static IReadOnlyList<(string Document, string? Case)> Documents { get; } =
    [
        ("toekenning", "toekenning-een-kind-dagopvang"),
        ("verlenging", "verlenging-eerste"),
        ("afwijzing", "afwijzing-voorliggende-voorziening"),
        ("ontbrekende-gegevens", "ontbrekende-gegevens-inkomen-en-contract"),
        ("niet-in-behandeling", "niet-in-behandeling-na-hersteltermijn"),
        ("aanvraagformulier", "aanvraagformulier-voorgevuld"),
        ("aanvraagformulier-verlenging", "aanvraagformulier-verlenging-een-kind"),
        ("publiekstekst", null),
    ];

    /// <summary>The documents that are besluiten: they need a legal basis and a bezwaarclausule (Awb 3:45, 3:47).</summary>
    public static IReadOnlyList<string> Decisions { get; } = ["toekenning", "verlenging", "afwijzing", "niet-in-behandeling"];

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var (document, _) in Documents)
        {
            foreach (var profile in TestPaths.Profiles)
            {
                data.Add(document, profile);
            }
        }
        return data;
    }

    public static TheoryData<string, string> DecisionsByProfile()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in Decisions)
        {
            foreach (var profile in TestPaths.Profiles)
            {
                data.Add(document, profile);
            }
        }
        return data;
    }

    public static Documents.LetterDocument Compose(string document, string profile)
    {
        var caseName = Documents.Single(d => d.Document == document).Case;
        return EndToEnd.Examples.Composer.Compose(caseName is null ? null : EndToEnd.Examples.Case(caseName), EndToEnd.Examples.Profile(profile), document, "nl");
    }
}
