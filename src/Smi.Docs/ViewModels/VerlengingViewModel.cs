namespace Smi.Docs.ViewModels;

/// <summary>
/// Everything the verlenging template may show: the grant's parts as in the toekenning (so the shared partials
/// read the same paths) and the extension itself. <see cref="Periode"/> is the new period.
/// </summary>
public sealed record VerlengingViewModel(
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
    BeleidView Beleid,
    VerlengingView Verlenging);
