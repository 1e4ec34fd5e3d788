namespace Smi.Docs.ViewModels;

/// <summary>
/// Everything the ontbrekende-gegevens template may show (docs/architecture.md §4): when the application arrived, each
/// missing item with why it is needed, the hersteltermijn (Awb 4:5) and the beslistermijn it suspends (Awb 4:15).
/// </summary>
public sealed record OntbrekendeGegevensViewModel(
    BriefContext Brief,
    IReadOnlyList<OntbrekendItemView> Items,
    int AantalItems,
    HersteltermijnView Hersteltermijn,
    AanleverenView Aanleveren);
