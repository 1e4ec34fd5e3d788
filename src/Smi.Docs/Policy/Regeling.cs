namespace Smi.Docs.Policy;

/// <summary>
/// The municipal regulation SMI rests on (basislijn 1) and the articles a decision cites (Awb 3:47 lid 2).
/// <see cref="Artikelen"/> names, where the regulation has one, the article of each condition a
/// rejection can rest on; a condition without its own article falls back to <see cref="ArtikelToekenning"/>.
/// </summary>
public sealed record Regeling(string Titel, string ArtikelToekenning, Hardheidsclausule? Hardheidsclausule, Artikelen Artikelen)
{
    /// <summary>The article of the hardheidsclausule, whatever it covers; null when the regulation has none.</summary>
    public string? ArtikelHardheidsclausule => Hardheidsclausule?.Artikel;

    /// <summary><c>regeling.vastgelegdIn</c> (basislijn 1); null when the profile does not say.</summary>
    public Vastlegging? VastgelegdIn { get; init; }

    /// <summary>
    /// <c>regeling.artikelVerlenging</c>: the article an extension rests on (Beemster 2021 art. 9 lid 3 and 4); null
    /// when the regulation has none of its own, and an extension then cites <see cref="ArtikelToekenning"/> alone.
    /// </summary>
    public string? ArtikelVerlenging { get; init; }
}
