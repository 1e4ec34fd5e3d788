namespace Smi.Docs.Policy;

/// <summary>
/// The municipal regulation SMI rests on (basislijn 1) and the articles a decision cites (Awb 3:47 lid 2).
/// <see cref="Artikelen"/> names, where the regulation has one, the article of each condition a
/// rejection can rest on; a condition without its own article falls back to <see cref="ArtikelToekenning"/>.
/// </summary>
public sealed record Regeling(string Titel, string ArtikelToekenning, string? ArtikelHardheidsclausule, Artikelen Artikelen)
{
    /// <summary><c>regeling.vastgelegdIn</c> (basislijn 1); null when the profile does not say.</summary>
    public Vastlegging? VastgelegdIn { get; init; }
}
