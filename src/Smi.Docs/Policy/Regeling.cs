namespace Smi.Docs.Policy;

/// <summary>
/// The municipal regulation SMI rests on (basislijn 1) and the articles a decision cites (Awb 3:47 lid 2).
/// </summary>
public sealed record Regeling(string Titel, string ArtikelToekenning, string? ArtikelHardheidsclausule)
{
    /// <summary><c>regeling.vastgelegdIn</c> (basislijn 1); null when the profile does not say.</summary>
    public Vastlegging? VastgelegdIn { get; init; }
}
