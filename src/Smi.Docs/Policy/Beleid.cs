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
    EigenBijdrageBeleid EigenBijdrage);
