namespace Smi.Docs.ViewModels;

/// <summary>
/// The hersteltermijn as the letter states it: a concrete last day (Awb 4:5 lid 1), the day the profile's
/// days gave when the Algemene termijnenwet moved it (<see cref="VerschovenVan"/>, with <see cref="Reden"/>),
/// and the beslistermijn the parent's answer restarts (Awb 4:15 lid 1 sub a suspends it meanwhile).
/// </summary>
public sealed record HersteltermijnView(
    int Dagen,
    DateOnly Einde,
    DateOnly? VerschovenVan,
    string? Reden,
    int BeslistermijnWeken);
