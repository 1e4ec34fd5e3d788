namespace Smi.Docs.Cases;

/// <summary>The childcare a child gets: where, how much and at what hourly price.</summary>
public sealed record Opvang(
    Opvangsoort Soort,
    string Organisatie,
    string LrkNummer,
    decimal DagenPerWeek,
    decimal UrenPerWeek,
    decimal UrenPerMaand,
    decimal Uurprijs,
    string Opzegtermijn);
