namespace Smi.Docs.Cases;

/// <summary>
/// One SMI case as the municipal case system sends it (JSON, Dutch field names, schema in
/// <c>schemas/smi-case.schema.json</c>). Already validated when you hold one.
/// </summary>
public sealed record SmiCase(
    string Zaaknummer,
    DateOnly Aanvraagdatum,
    DateOnly Besluitdatum,
    DateOnly Verzenddatum,
    Persoon Aanvrager,
    Persoon? Partner,
    Adres Adres,
    IReadOnlyList<Kind> Kinderen,
    Periode Periode,
    Indicatie Indicatie,
    Betaling Betaling,
    Behandelaar Behandelaar,
    Berekening? Berekening);
