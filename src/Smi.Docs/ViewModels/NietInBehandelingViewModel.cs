namespace Smi.Docs.ViewModels;

/// <summary>
/// Everything the niet-in-behandeling template may show (docs/architecture.md §4): the application, the letter that
/// gave the hersteltermijn with its last day, each item that did not arrive, and the article of the municipality's
/// regulation on the application (<see cref="Grondslag"/>). The decision itself rests on Awb 4:5 lid 1.
/// </summary>
public sealed record NietInBehandelingViewModel(
    BriefContext Brief,
    HerstelbriefView Herstelbrief,
    IReadOnlyList<OntbrekendItemView> Items,
    int AantalItems,
    string Grondslag);

/// <summary>The letter that asked for the missing items and the last day of its term.</summary>
public sealed record HerstelbriefView(DateOnly Datum, DateOnly TermijnEinde);
