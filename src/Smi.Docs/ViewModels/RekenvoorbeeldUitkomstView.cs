namespace Smi.Docs.ViewModels;

/// <summary>
/// One month of the worked example, as the calculator gave it. <see cref="Percentage"/> is set for the KOT-like
/// methods, <see cref="BijdragePerUur"/> for the VNG adviestabel; <see cref="UrenBeperkt"/> when a cap lowered the hours.
/// </summary>
public sealed record RekenvoorbeeldUitkomstView(
    decimal Uurprijs,
    decimal UrenVergoed,
    bool UrenBeperkt,
    decimal VergoedeUurprijs,
    decimal? Percentage,
    decimal? BijdragePerUur,
    decimal Kosten,
    decimal Gemeente,
    decimal Ouder);
