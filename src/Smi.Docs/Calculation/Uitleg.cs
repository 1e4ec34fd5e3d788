using Smi.Docs.Cases;
using Smi.Docs.Policy;

namespace Smi.Docs.Calculation;

/// <summary>
/// Short B1 sentences that explain a calculation to the parent: the income, the rule that follows from
/// it, which child counts as first child, and the caps that made the parent pay part of the price.
/// </summary>
internal static class Uitleg
{
    public static IReadOnlyList<UitlegZin> Zinnen(Berekeningsuitkomst u, SmiCase zaak, Beleid beleid, Regels regels)
    {
        var zinnen = new List<UitlegZin> { new("inkomen", new UitlegBedrag("inkomen", u.Toetsingsinkomen)) };
        if (regels.Grens is { } grens)
        {
            var volledigTot = beleid.EigenBijdrage.VolledigTot!;
            var norm = new UitlegZin(volledigTot.Van == Inkomensnorm.Wml ? "normMinimumloon" : "normBijstand", new UitlegPercentage("percentage", volledigTot.Percentage));
            zinnen.Add(new(u.Methode == EigenBijdrageMethode.VolledigOnderGrens ? "onderGrens" : "bovenGrens",
                new UitlegDeelzin("norm", norm), new UitlegBedrag("grens", grens)));
        }
        var eerste = u.Kinderen.Where(k => k.Maanden.Count > 0).ToList();
        foreach (var kind in eerste)
        {
            var maand = kind.Maanden[0];
            var naam = new UitlegTekst("kind", kind.Voornaam);
            var regel = u.Methode switch
            {
                EigenBijdrageMethode.VolledigOnderGrens => null,
                EigenBijdrageMethode.Beemster2021 when regels.LaagsteInkomenscategorie =>
                    kind == eerste[0] ? new UitlegZin("laagsteGroep") : null,
                EigenBijdrageMethode.VngAdviestabel => new UitlegZin("adviestabel",
                    naam, new UitlegBedrag("bedrag", maand.BijdragePerUur!.Value), new UitlegTekst("jaar", Jaar(beleid.EigenBijdrage.VngTabelJaar))),
                _ => new UitlegZin("toeslagtabel", naam, new UitlegPercentage("percentage", maand.Percentage!.Value), new UitlegTekst("jaar", Jaar(u.Jaar))),
            };
            if (regel is not null)
            {
                zinnen.Add(regel);
            }
            if (maand.VergoedeUurprijs < maand.Uurprijs)
            {
                zinnen.Add(new("uurprijsBovenMaximum", naam, new UitlegBedrag("bedrag", maand.MaximumUurprijs)));
            }
            if (maand.UrenVergoed < maand.UrenAfgenomen)
            {
                zinnen.Add(new("urenBovenMaximum", naam, new UitlegGetal("uren", maand.UrenVergoed)));
            }
        }
        if (eerste.Count > 1 && u.Methode != EigenBijdrageMethode.VolledigOnderGrens && !(u.Methode == EigenBijdrageMethode.Beemster2021 && regels.LaagsteInkomenscategorie))
        {
            var eersteKind = eerste.First(k => k.EersteKind);
            var gelijk = eerste.Count(k => k.Maanden[0].UrenVergoed == eersteKind.Maanden[0].UrenVergoed) > 1;
            zinnen.Add(new(gelijk ? "eersteKindGelijk" : "eersteKindMeesteUren", new UitlegTekst("kind", eersteKind.Voornaam)));
        }
        if (regels.VoorlopigGebruikt)
        {
            zinnen.Add(new("voorlopigeTabel"));
        }
        return zinnen;
    }

    private static string Jaar(int? jaar) => jaar?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
