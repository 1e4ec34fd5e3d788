namespace Smi.Docs.ViewModels;

/// <summary>
/// Everything the toekenning template may show, already calculated. Templates see the properties in
/// camelCase (<c>{{periode.begin}}</c>); dates and amounts are formatted by helpers (<c>{{datum …}}</c>).
/// </summary>
public sealed record ToekenningViewModel(
    BriefContext Brief,
    string Aanvrager,
    IReadOnlyList<KindView> Kinderen,
    int AantalKinderen,
    IReadOnlyList<AfgewezenKindView> AfgewezenKinderen,
    PeriodeView Periode,
    DateOnly VerlengingAanvragenVoor,
    IndicatieView Indicatie,
    BetalingView Betaling,
    BerekeningView Berekening,
    BeleidView Beleid);
