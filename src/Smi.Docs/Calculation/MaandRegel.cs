namespace Smi.Docs.Calculation;

/// <summary>
/// One child in one month, every step of the sum: hours taken and hours paid (after the caps), the
/// price, the maximum uurprijs and the price we pay over, the percentage (KOT, full) or the parent's
/// contribution per hour (VNG), the cost of all hours taken, and the two shares of that cost. A month the
/// period only partly covers (<see cref="Dagen"/> &lt; <see cref="DagenInMaand"/>) holds the hours of that part.
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
    decimal Ouder)
{
    /// <summary>The year whose tables priced this month (<see cref="Smi.Docs.Policy.Tabeljaar"/>).</summary>
    public int TabelJaar { get; init; } = Jaar;

    /// <summary>The days of the period in this month.</summary>
    public int Dagen { get; init; } = DateTime.DaysInMonth(Jaar, Maand);

    /// <summary>The days this month has.</summary>
    public int DagenInMaand { get; init; } = DateTime.DaysInMonth(Jaar, Maand);

    public bool HeleMaand => Dagen == DagenInMaand;
}
