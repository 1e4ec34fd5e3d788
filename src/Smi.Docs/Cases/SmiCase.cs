namespace Smi.Docs.Cases;

/// <summary>
/// One SMI case as the municipal case system sends it (JSON, Dutch field names, schema in
/// <c>schemas/smi-case.schema.json</c>). Already validated when you hold one. <see cref="Toetsingsinkomen"/>
/// is the household's yearly income the calculator uses (basislijn 12: as current as possible).
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
    decimal? Toetsingsinkomen,
    Berekening? Berekening);
