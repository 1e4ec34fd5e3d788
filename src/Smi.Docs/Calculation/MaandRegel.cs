namespace Smi.Docs.Calculation;

/// <summary>
/// One child in one month, every step of the sum: hours taken and hours paid (after the caps), the
/// price, the maximum uurprijs and the price we pay over, the percentage (KOT, full) or the parent's
/// contribution per hour (VNG), the cost of all hours taken, and the two shares of that cost.
/// </summary>
public sealed record MaandRegel(
    int Jaar,
    int Maand,
    decimal UrenAfgenomen,
    decimal UrenVergoed,
    decimal Uurprijs,
    decimal MaximumUurprijs,
    decimal VergoedeUurprijs,
    decimal? Percentage,
    decimal? BijdragePerUur,
    decimal Kosten,
    decimal Gemeente,
    decimal Ouder);
