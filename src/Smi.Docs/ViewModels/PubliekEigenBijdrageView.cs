namespace Smi.Docs.ViewModels;

/// <summary>
/// How the parent's share is set, in the terms a parent knows. <see cref="AlsToeslag"/>: as with kinderopvangtoeslag
/// (KOT, Beemster 2021, Oude IJsselstreek 2020, or above the limit of volledig-onder-grens); <see cref="Adviestabel"/>:
/// an amount per hour from the VNG adviestabel; <see cref="VolledigTot"/>: everything paid below this limit (in words);
/// <see cref="VolledigTotBedrag"/>: that limit per year, as <see cref="PubliekToegangView.InkomensgrensBedrag"/>;
/// <see cref="LaagsteInkomensBetalenNiets"/>: Beemster 2021's lowest income category. Caps are null when there are none.
/// </summary>
public sealed record PubliekEigenBijdrageView(
    bool AlsToeslag,
    bool Adviestabel,
    string? VolledigTot,
    decimal? VolledigTotBedrag,
    bool LaagsteInkomensBetalenNiets,
    bool TotMaximumUurprijs,
    decimal? MaximumUrenPerWeek,
    decimal? MaximumDagenPerWeek,
    int? MaximumMaanden);
