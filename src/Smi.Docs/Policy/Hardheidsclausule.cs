namespace Smi.Docs.Policy;

/// <summary>
/// The regulation's hardheidsclausule (basislijn 8) and the rules it lets the college set aside. A clause may cover
/// the whole regulation (Beemster 2021 art. 14: "afwijken van de bepalingen van deze verordening") or only some
/// rules (Oude IJsselstreek 2020 art. 7: only art. 6, the duration and the hours). Letters offer it only for a
/// reason it covers. <see cref="WijktAfVan"/> null is the whole regulation (YAML <c>wijktAfVan: [alles]</c>).
/// </summary>
public sealed record Hardheidsclausule(string Artikel, IReadOnlyList<Regelonderdeel>? WijktAfVan)
{
    public bool Dekt(Regelonderdeel onderdeel) => WijktAfVan is null || WijktAfVan.Contains(onderdeel);

    /// <summary>True when the clause covers the condition a refusal reason rests on.</summary>
    public bool Dekt(ArtikelSoort soort) => Dekt(Regelonderdelen.Van(soort));
}

/// <summary>
/// The rules of a regulation a hardheidsclausule can set aside: the conditions of <see cref="ArtikelSoort"/> (the
/// reasons a refusal rests on) plus the size of a grant. YAML names in <see cref="Regelonderdelen.Namen"/>.
/// </summary>
public enum Regelonderdeel
{
    /// <summary>How long SMI lasts and how often it is extended (basislijn 6 and 7).</summary>
    Duur,

    /// <summary>How many hours or days a week or month are paid.</summary>
    Uren,

    /// <summary>How the parent's contribution is set.</summary>
    EigenBijdrage,
    Doelgroep,
    Leeftijd,
    Woonplaats,
    VoorliggendeVoorziening,
    Netwerk,
    Aanvraag,
    Kinderopvang,
    Inkomen,
}

public static class Regelonderdelen
{
    /// <summary>The YAML names: lower camel case, as the keys of <c>regeling.artikelen</c>.</summary>
    public static IReadOnlyList<(string Naam, Regelonderdeel Onderdeel)> Namen { get; } =
        Enum.GetValues<Regelonderdeel>().Select(o => (char.ToLowerInvariant(o.ToString()[0]) + o.ToString()[1..], o)).ToList();

    public static Regelonderdeel Van(ArtikelSoort soort) => Enum.Parse<Regelonderdeel>(soort.ToString());
}
