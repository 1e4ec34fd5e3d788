using Smi.Docs.Cases;
using Smi.Docs.Policy;

namespace Smi.Docs.Calculation;

/// <summary>
/// Short B1 sentences that explain a calculation to the parent: the income, the rule that follows from
/// it, which child counts as first child, the caps that made the parent pay part of the price, and the months the
/// period covers only in part.
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
            // "We pay it all" only when the table says so: the maximum uurprijs or an hours cap leaves a part to the
            // parent even below the limit, and the sentences after this one say which part.
            var sleutel = u.Methode != EigenBijdrageMethode.VolledigOnderGrens ? "bovenGrens" : u.TotaalOuder == 0 ? "onderGrens" : "onderGrensMetMaximum";
            zinnen.Add(new(sleutel, new UitlegDeelzin("norm", norm), new UitlegBedrag("grens", grens)));
        }
        var eerste = u.Kinderen.Where(k => k.Maanden.Count > 0).ToList();
        foreach (var kind in eerste)
        {
            var maand = kind.Maanden[0];
            var naam = new UitlegTekst("kind", kind.Voornaam);
            // A period across a table year: one sentence per table year, each with that year's figure (Tabeljaar.Maand).
            var perJaar = kind.Maanden.GroupBy(m => m.TabelJaar).Select(g => g.First()).ToList();
            IReadOnlyList<UitlegZin> tabelZinnen = u.Methode switch
            {
                EigenBijdrageMethode.VolledigOnderGrens => [],
                EigenBijdrageMethode.Beemster2021 when regels.LaagsteInkomenscategorie =>
                    kind == eerste[0] ? [new UitlegZin("laagsteGroep")] : [],
                EigenBijdrageMethode.VngAdviestabel => [new UitlegZin("adviestabel",
                    naam, new UitlegBedrag("bedrag", maand.BijdragePerUur!.Value), new UitlegTekst("jaar", Jaar(beleid.EigenBijdrage.VngTabelJaar)))],
                _ => perJaar.Select(m => new UitlegZin("toeslagtabel", naam, new UitlegPercentage("percentage", m.Percentage!.Value), new UitlegTekst("jaar", Jaar(m.TabelJaar)))).ToList(),
            };
            zinnen.AddRange(tabelZinnen);
            foreach (var boven in perJaar.Where(m => m.VergoedeUurprijs < m.Uurprijs).DistinctBy(m => m.MaximumUurprijs))
            {
                zinnen.Add(new("uurprijsBovenMaximum", naam, new UitlegBedrag("bedrag", boven.MaximumUurprijs)));
            }
            // The hours of a whole month, not of a first month the period only partly covers.
            var heel = kind.Maanden.FirstOrDefault(m => m.HeleMaand) ?? maand;
            if (heel.UrenVergoed < heel.UrenAfgenomen)
            {
                zinnen.Add(new("urenBovenMaximum", naam, new UitlegGetal("uren", heel.UrenVergoed)));
            }
        }
        if (eerste.Count > 1 && u.Methode != EigenBijdrageMethode.VolledigOnderGrens && !(u.Methode == EigenBijdrageMethode.Beemster2021 && regels.LaagsteInkomenscategorie))
        {
            var eersteKind = eerste.First(k => k.EersteKind);
            var gelijk = eerste.Count(k => k.Maanden[0].UrenVergoed == eersteKind.Maanden[0].UrenVergoed) > 1;
            zinnen.Add(new(gelijk ? "eersteKindGelijk" : "eersteKindMeesteUren", new UitlegTekst("kind", eersteKind.Voornaam)));
        }
        // A period that starts or ends within a month pays that month's share of days (Termijnberekening.Maanddelen);
        // the table shows fewer hours there, and this says why. The period is the same for every child.
        foreach (var deel in eerste.FirstOrDefault()?.Maanden.Where(m => !m.HeleMaand) ?? [])
        {
            zinnen.Add(new("deelMaand", new UitlegMaand("maand", deel.Jaar, deel.Maand), new UitlegGetal("dagen", deel.Dagen), new UitlegGetal("totaal", deel.DagenInMaand)));
        }
        if (regels.VoorlopigGebruikt)
        {
            zinnen.Add(new("voorlopigeTabel"));
        }
        return zinnen;
    }

    private static string Jaar(int? jaar) => jaar?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
