namespace Smi.Docs.Policy;

/// <summary>
/// The profile's <c>beleid.eigenBijdrage</c>: which method, which hourly price counts, and the caps.
/// A null cap means none. <see cref="VolledigTot"/> and <see cref="Daarboven"/> belong to
/// <see cref="EigenBijdrageMethode.VolledigOnderGrens"/>; <see cref="VngTabelJaar"/> to the VNG adviestabel;
/// <see cref="LaagsteInkomenscategorieTot"/> to Beemster 2021 (from its Besluit subsidiehoogte peuteropvang).
/// <see cref="Tabeljaar"/>: whose year's tables price a month (default: the month's own year).
/// </summary>
public sealed record EigenBijdrageBeleid(
    EigenBijdrageMethode Methode,
    Uurprijsgrondslag Uurprijs,
    decimal? MaximumUrenPerWeek,
    decimal? MaximumDagenPerWeek,
    int? MaximumMaanden,
    Inkomensgrens? VolledigTot,
    EigenBijdrageMethode? Daarboven,
    int? VngTabelJaar,
    decimal? LaagsteInkomenscategorieTot,
    Tabeljaar Tabeljaar = Tabeljaar.Maand)
{
    /// <summary>
    /// <c>beleid.voorlopigeTabellen</c>: whether a table figure that is not yet law (a budget figure, status
    /// <c>begroting</c>) may be used. Default false: such a year then has no table (SMI5101). When true and used,
    /// the letter's explanation says so and the calculation warns (SMI5204).
    /// </summary>
    public bool VoorlopigeTabellen { get; init; }

    /// <summary>The basislijn (point 11): the KOT table with the maximum uurprijs, no caps beyond the profile's hours per month.</summary>
    public static EigenBijdrageBeleid Basislijn { get; } =
        new(EigenBijdrageMethode.Kot, Uurprijsgrondslag.Maximum, null, null, null, null, null, null, null);
}
