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

/// <summary>
/// The regulation as letters cite it. <see cref="HardheidsclausuleVoorDuur"/>: the clause covers the duration and the
/// number of extensions, the only rule toekenning, verlenging and publiekstekst offer it for (Oude IJsselstreek 2020
/// art. 7 covers only art. 6). <see cref="ArtikelVerlenging"/>: the article an extension rests on, when the regulation has one.
/// </summary>
public sealed record RegelingView(string Titel, string ArtikelToekenning, string? ArtikelHardheidsclausule, bool HardheidsclausuleVoorDuur, string? ArtikelVerlenging)
{
    public static RegelingView Van(Smi.Docs.Policy.Regeling regeling) => new(
        regeling.Titel,
        regeling.ArtikelToekenning,
        regeling.ArtikelHardheidsclausule,
        regeling.Hardheidsclausule?.Dekt(Smi.Docs.Policy.Regelonderdeel.Duur) == true,
        regeling.ArtikelVerlenging);
}

public sealed record BezwaarView(string Postadres, string? Digitaal);

public sealed record OndertekeningView(string Namens, string Naam, string Functie);

public sealed record BehandelaarView(string Naam, string Telefoon, string Email);
