namespace Smi.Docs.Cases;

/// <summary>
/// One child in one calendar month: hours × hourly price, the price capped at the maximum uurprijs,
/// the percentage the municipality pays of the capped cost, and the two shares (per month, in euros).
/// The parent also pays any part of the price above the cap.
/// </summary>
public sealed record MaandBerekening(
    int Jaar,
    int Maand,
    decimal Uren,
    decimal Uurprijs,
    decimal MaximumUurprijs,
    decimal Percentage,
    decimal Gemeente,
    decimal Ouder);
