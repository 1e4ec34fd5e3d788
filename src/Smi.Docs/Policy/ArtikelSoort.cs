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
