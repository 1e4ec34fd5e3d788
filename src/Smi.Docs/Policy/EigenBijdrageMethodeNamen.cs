namespace Smi.Docs.Policy;

/// <summary>The names profiles use for the methods (<c>oude-ijsselstreek-2020</c>); reports and JSON use them too.</summary>
public static class EigenBijdrageMethodeNamen
{
    public static IReadOnlyList<(string Naam, EigenBijdrageMethode Methode)> Alle { get; } =
    [
        ("kot", EigenBijdrageMethode.Kot),
        ("vng-adviestabel", EigenBijdrageMethode.VngAdviestabel),
        ("volledig-onder-grens", EigenBijdrageMethode.VolledigOnderGrens),
        ("beemster-2021", EigenBijdrageMethode.Beemster2021),
        ("oude-ijsselstreek-2020", EigenBijdrageMethode.OudeIJsselstreek2020),
    ];

    public static string Naam(EigenBijdrageMethode methode) => Alle.First(m => m.Methode == methode).Naam;
}
