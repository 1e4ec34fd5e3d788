namespace Smi.Docs.ViewModels;

/// <summary>What every letter knows: the municipality, its rules, the case and who handles it.</summary>
public sealed record BriefContext(
    GemeenteView Gemeente,
    RegelingView Regeling,
    BezwaarView Bezwaar,
    OndertekeningView Ondertekening,
    BehandelaarView Behandelaar,
    string Zaaknummer,
    DateOnly Aanvraagdatum,
    DateOnly Besluitdatum,
    DateOnly Verzenddatum,
    DateOnly EindeBezwaartermijn);

public sealed record GemeenteView(string Naam, string Postadres, string Bezoekadres, string Telefoon, string Email, string Website);

public sealed record RegelingView(string Titel, string ArtikelToekenning, string? ArtikelHardheidsclausule);

public sealed record BezwaarView(string Postadres, string? Digitaal);

public sealed record OndertekeningView(string Namens, string Naam, string Functie);

public sealed record BehandelaarView(string Naam, string Telefoon, string Email);
