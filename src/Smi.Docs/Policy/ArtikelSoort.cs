namespace Smi.Docs.Policy;

/// <summary>
/// The conditions of SMI a regulation can give an article of its own; the rejection catalogue
/// (data/afwijzingsgronden.yaml) names one per ground. Key names as in the profile (<c>regeling.artikelen</c>).
/// </summary>
public enum ArtikelSoort
{
    Doelgroep,
    Leeftijd,
    Woonplaats,
    VoorliggendeVoorziening,
    Netwerk,
    Aanvraag,
    Kinderopvang,
    Inkomen,
}

public static class ArtikelSoorten
{
    /// <summary>The profile key of a condition (<c>regeling.artikelen.voorliggendeVoorziening</c>): lower camel case.</summary>
    public static string Sleutel(ArtikelSoort soort)
    {
        var name = soort.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
