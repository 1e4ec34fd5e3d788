namespace Smi.Docs.Calculation;

/// <summary>
/// The one rounding rule of the calculator (README, "Afronding"). Everything is calculated exactly in
/// <see cref="decimal"/>; an amount is rounded once, to whole cents, half away from zero (0,005 → 0,01),
/// at the end of one child-month: the cost (hours × hourly price) and the municipal share are rounded,
/// the parent's share is the rounded cost minus the rounded municipal share, so the two always add up.
/// Totals are sums of rounded amounts and are never rounded again. Hours that a weekly or daily cap
/// scales down are rounded the same way, to two decimals, before they are multiplied.
/// </summary>
public static class Afronding
{
    public static decimal Bedrag(decimal exact) => Math.Round(exact, 2, MidpointRounding.AwayFromZero);

    public static decimal Uren(decimal exact) => Math.Round(exact, 2, MidpointRounding.AwayFromZero);
}
