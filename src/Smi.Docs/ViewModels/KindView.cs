using Smi.Docs.Cases;

namespace Smi.Docs.ViewModels;

public sealed record KindView(string Voornaam, string Naam, DateOnly Geboortedatum, OpvangView Opvang, KindBerekeningView Berekening);

/// <summary><see cref="Soort"/> is the readable name ("dagopvang", "buitenschoolse opvang").</summary>
public sealed record OpvangView(
    string Soort,
    string Organisatie,
    string LrkNummer,
    decimal DagenPerWeek,
    decimal UrenPerWeek,
    decimal UrenPerMaand,
    decimal Uurprijs,
    string Opzegtermijn)
{
    /// <summary>The childcare as a letter shows it: its kind named in the letter's language.</summary>
    public static OpvangView From(Opvang opvang, Localization.LanguagePack pack) => new(
        pack.SoortNaam(opvang.Soort), opvang.Organisatie, opvang.LrkNummer, opvang.DagenPerWeek, opvang.UrenPerWeek, opvang.UrenPerMaand, opvang.Uurprijs, opvang.Opzegtermijn);
}

public sealed record KindBerekeningView(IReadOnlyList<MaandView> Maanden, decimal TotaalGemeente, decimal TotaalOuder);

/// <summary>
/// One row of the calculation table. <see cref="Maand"/> is the first day of the month; <see cref="UrenVergoed"/>
/// is less than <see cref="Uren"/> when a cap or the afbouw limits the hours the municipality pays for.
/// </summary>
public sealed record MaandView(
    DateOnly Maand,
    decimal Uren,
    decimal UrenVergoed,
    decimal Uurprijs,
    decimal MaximumUurprijs,
    decimal VergoedeUurprijs,
    bool BovenMaximum,
    decimal Percentage,
    decimal Gemeente,
    decimal Ouder);
