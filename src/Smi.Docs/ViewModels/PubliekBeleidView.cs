namespace Smi.Docs.ViewModels;

/// <summary>
/// The profile's offer, terms and payee for the publiekstekst. Exactly one of the three Betaling flags is set;
/// <see cref="MaximumAantalVerlengingen"/> and <see cref="VerdagingWeken"/> are null when the policy names none.
/// </summary>
public sealed record PubliekBeleidView(
    decimal BasisaanbodDagenPerWeek,
    int BasisaanbodMaanden,
    int VerlengingMaanden,
    int? MaximumAantalVerlengingen,
    int VerlengingAanvragenWekenVoorEinde,
    int MaximumUrenPerMaandPerKind,
    int BeslistermijnWeken,
    int? VerdagingWeken,
    int HersteltermijnDagen,
    bool InzetVoorHerstel,
    bool BetalingAanOuder,
    bool BetalingAanOpvang,
    bool BetalingKeuze);
