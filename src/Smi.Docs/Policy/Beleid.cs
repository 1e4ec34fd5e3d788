namespace Smi.Docs.Policy;

/// <summary>
/// The policy choices that change what a letter says. Defaults are the basislijn (seed 000 §2):
/// at least 2 days a week for 6 months, extensions possible, parents only asked to work on recovery,
/// the KOT table for the eigen bijdrage. <see cref="VerdagingWeken"/> is the verdaging of the beslistermijn
/// the verordening allows (Awb 4:14), null when it names none.
/// </summary>
public sealed record Beleid(
    decimal BasisaanbodDagenPerWeek,
    int BasisaanbodMaanden,
    int VerlengingMaanden,
    int? MaximumAantalVerlengingen,
    int VerlengingAanvragenWekenVoorEinde,
    int MaximumUrenPerMaandPerKind,
    int BeslistermijnWeken,
    int HersteltermijnDagen,
    bool InzetVoorHerstel,
    int? VerdagingWeken,
    EigenBijdrageBeleid EigenBijdrage)
{
    /// <summary>Who is paid (<c>beleid.betaling</c>); the basislijn leaves it open, so the case decides.</summary>
    public BetalingAan Betaling { get; init; } = BetalingAan.Keuze;

    /// <summary>Who can get SMI (basislijn 3, 4, 5); optional keys, the basislijn when absent.</summary>
    public Toegang Toegang { get; init; } = Toegang.Basislijn;

    /// <summary>What the municipality says about following families, income, data and satisfaction (basislijn 10, 12, 13, 15).</summary>
    public Werkwijze Werkwijze { get; init; } = Werkwijze.Onbekend;

    /// <summary>True when extension number <paramref name="volgnummer"/> goes beyond what the policy allows without the hardheidsclausule (basislijn 8).</summary>
    public bool BovenMaximumVerlengingen(int volgnummer) => MaximumAantalVerlengingen is { } maximum && volgnummer > maximum;
}
