namespace Smi.Docs.ViewModels;

public sealed record PeriodeView(DateOnly Begin, DateOnly Eind, int Maanden);

/// <summary>
/// <see cref="OverPartner"/> and <see cref="OverKind"/> say whose situation it is, so the letter puts the duties on the
/// right person; both false means the applicant's. <see cref="Kind"/> is the child's first name when the case gives one.
/// </summary>
public sealed record IndicatieView(string Reden, string? Adviseur, IReadOnlyList<AfbouwView> Afbouw, bool OverPartner, bool OverKind, string? Kind);

public sealed record AfbouwView(DateOnly Vanaf, decimal DagenPerWeek);

/// <summary>Exactly one of <see cref="AanOuder"/> and <see cref="AanOpvang"/> is true.</summary>
public sealed record BetalingView(bool AanOuder, bool AanOpvang, string? Iban);

/// <summary><see cref="Uitleg"/> holds the calculator's B1 sentences; empty when the case brought its own berekening.</summary>
public sealed record BerekeningView(int Jaar, decimal Toetsingsinkomen, decimal TotaalGemeente, decimal TotaalOuder, bool PrijsBovenMaximum, bool UrenBeperkt, IReadOnlyList<string> Uitleg);

public sealed record BeleidView(
    int VerlengingMaanden,
    int? MaximumAantalVerlengingen,
    int VerlengingAanvragenWekenVoorEinde,
    int MaximumUrenPerMaandPerKind,
    int BeslistermijnWeken,
    bool InzetVoorHerstel,
    bool Hardheidsclausule);
