namespace Smi.Docs.Policy;

/// <summary>
/// The article of the municipality's regulation for each condition of SMI, when the regulation has a
/// separate one (Beemster 2021 art. 2 doelgroep, art. 4 aanvraag; Oude IJsselstreek 2020 art. 3 voorliggende
/// voorziening, art. 5 inkomen). All optional: a regulation that puts every condition in one article only
/// needs <see cref="Regeling.ArtikelToekenning"/>.
/// </summary>
public sealed record Artikelen(
    string? Doelgroep,
    string? Leeftijd,
    string? Woonplaats,
    string? VoorliggendeVoorziening,
    string? Netwerk,
    string? Aanvraag,
    string? Kinderopvang,
    string? Inkomen)
{
    public static Artikelen Geen { get; } = new(null, null, null, null, null, null, null, null);

    /// <summary>The article the regulation gives <paramref name="soort"/>, or null when it has none of its own.</summary>
    public string? Voor(ArtikelSoort soort) => soort switch
    {
        ArtikelSoort.Doelgroep => Doelgroep,
        ArtikelSoort.Leeftijd => Leeftijd,
        ArtikelSoort.Woonplaats => Woonplaats,
        ArtikelSoort.VoorliggendeVoorziening => VoorliggendeVoorziening,
        ArtikelSoort.Netwerk => Netwerk,
        ArtikelSoort.Aanvraag => Aanvraag,
        ArtikelSoort.Kinderopvang => Kinderopvang,
        ArtikelSoort.Inkomen => Inkomen,
        _ => throw new ArgumentOutOfRangeException(nameof(soort)),
    };
}
