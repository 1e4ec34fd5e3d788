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
    public bool Dekt(ArtikelSoort soort) => Dekt(Regelonderdeel.Van(soort));
}

/// <summary>
/// A rule of a regulation a hardheidsclausule can set aside: the size of a grant (<see cref="Duur"/>, <see cref="Uren"/>,
/// <see cref="EigenBijdrage"/>) or a condition of <see cref="ArtikelSoort"/> (the reasons a refusal rests on), named as
/// the key of <c>regeling.artikelen</c>. <see cref="Naam"/> is the YAML name.
/// </summary>
public readonly record struct Regelonderdeel(string Naam)
{
    /// <summary>How long SMI lasts and how often it is extended (basislijn 6 and 7).</summary>
    public static Regelonderdeel Duur { get; } = new("duur");

    /// <summary>How many hours or days a week or month are paid.</summary>
    public static Regelonderdeel Uren { get; } = new("uren");

    /// <summary>How the parent's contribution is set.</summary>
    public static Regelonderdeel EigenBijdrage { get; } = new("eigenBijdrage");

    public static IReadOnlyList<Regelonderdeel> Alle { get; } = [Duur, Uren, EigenBijdrage, .. Enum.GetValues<ArtikelSoort>().Select(Van)];

    public static Regelonderdeel Van(ArtikelSoort soort) => new(ArtikelSoorten.Sleutel(soort));

    public override string ToString() => Naam;
}
