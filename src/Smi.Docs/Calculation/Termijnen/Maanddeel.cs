namespace Smi.Docs.Calculation.Termijnen;

/// <summary>
/// One calendar month of a period: its first day, the days of the period in it and the days it has.
/// <see cref="Deel"/> is the share of the month the period covers (1 for a whole month).
/// </summary>
public sealed record Maanddeel(DateOnly Maand, int Dagen, int DagenInMaand)
{
    public bool Heel => Dagen == DagenInMaand;

    public decimal Deel => (decimal)Dagen / DagenInMaand;
}
