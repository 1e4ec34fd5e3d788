using Smi.Docs.Cases;
using Smi.Docs.Formatting;
using Smi.Docs.Policy;

namespace Smi.Docs.Calculation;

/// <summary>
/// Short B1 sentences that explain a calculation to the parent: the income, the rule that follows from
/// it, which child counts as first child, and the caps that made the parent pay part of the price.
/// </summary>
internal static class Uitleg
{
    private static readonly ValueFormatter Nl = ValueFormatter.Dutch;

    public static IReadOnlyList<string> Zinnen(Berekeningsuitkomst u, SmiCase zaak, Beleid beleid, Regels regels)
    {
        var zinnen = new List<string> { $"Uw inkomen is {Nl.Money(u.Toetsingsinkomen)} per jaar." };
        if (regels.Grens is { } grens)
        {
            var norm = $"{Nl.Percentage(beleid.EigenBijdrage.VolledigTot!.Percentage)} van het {(beleid.EigenBijdrage.VolledigTot.Van == Inkomensnorm.Wml ? "minimumloon" : "bijstandsnorm")}";
            zinnen.Add(u.Methode == EigenBijdrageMethode.VolledigOnderGrens
                ? $"Dat is niet meer dan {norm} ({Nl.Money(grens)} per jaar). Daarom betalen wij de hele opvang."
                : $"Dat is meer dan {norm} ({Nl.Money(grens)} per jaar). Daarom betaalt u zelf een deel.");
        }
        var eerste = u.Kinderen.Where(k => k.Maanden.Count > 0).ToList();
        foreach (var kind in eerste)
        {
            var maand = kind.Maanden[0];
            zinnen.Add(u.Methode switch
            {
                EigenBijdrageMethode.VolledigOnderGrens => null,
                EigenBijdrageMethode.Beemster2021 when regels.LaagsteInkomenscategorie =>
                    kind == eerste[0] ? "Uw inkomen valt in de laagste inkomensgroep. Daarom betaalt u geen eigen bijdrage." : null,
                EigenBijdrageMethode.VngAdviestabel =>
                    $"Voor {kind.Voornaam} betaalt u {Nl.Money(maand.BijdragePerUur!.Value)} per uur. Zo staat het in de adviestabel van de VNG van {beleid.EigenBijdrage.VngTabelJaar}. Wij betalen de rest.",
                _ => $"Voor {kind.Voornaam} betalen wij {Nl.Percentage(maand.Percentage!.Value)} van de kosten. Zo staat het in de tabel van de kinderopvangtoeslag van {u.Jaar}.",
            } ?? "");
            if (maand.VergoedeUurprijs < maand.Uurprijs)
            {
                zinnen.Add($"De uurprijs voor {kind.Voornaam} is hoger dan de maximale uurprijs van {Nl.Money(maand.MaximumUurprijs)}. Het verschil betaalt u zelf.");
            }
            if (maand.UrenVergoed < maand.UrenAfgenomen)
            {
                zinnen.Add($"Voor {kind.Voornaam} betalen wij {Nl.Number(maand.UrenVergoed)} uur per maand. De andere uren betaalt u zelf.");
            }
        }
        if (eerste.Count > 1 && u.Methode != EigenBijdrageMethode.VolledigOnderGrens && !(u.Methode == EigenBijdrageMethode.Beemster2021 && regels.LaagsteInkomenscategorie))
        {
            var eersteKind = eerste.First(k => k.EersteKind);
            var gelijk = eerste.Count(k => k.Maanden[0].UrenVergoed == eersteKind.Maanden[0].UrenVergoed) > 1;
            zinnen.Add(gelijk
                ? $"Uw kinderen hebben evenveel uren opvang. Dan telt het kind met de laagste kosten als eerste kind. Dat is {eersteKind.Voornaam}."
                : $"{eersteKind.Voornaam} heeft de meeste uren opvang. Daarom telt {eersteKind.Voornaam} als eerste kind.");
        }
        return zinnen.Where(z => z.Length > 0).ToList();
    }
}
