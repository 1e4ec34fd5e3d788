using Smi.Docs.Calculation.Tables;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Calculation;

/// <summary>The methods of <see cref="EigenBijdrageMethode"/> for one case: table look-ups and the sum for one child-month.</summary>
internal sealed class Regels(EigenBijdrageBeleid beleid, TariefTabellen tabellen, int jaar, decimal inkomen)
{
    public EigenBijdrageBeleid Beleid => beleid;

    /// <summary>The income limit of volledig-onder-grens in euros per year, once known.</summary>
    public decimal? Grens { get; private set; }

    public EigenBijdrageMethode ToepasselijkeMethode(SmiCase zaak, DateOnly peildatum)
    {
        if (beleid.Methode != EigenBijdrageMethode.VolledigOnderGrens)
        {
            return beleid.Methode;
        }
        var grens = beleid.VolledigTot!;
        var normen = grens.Van == Inkomensnorm.Wml ? tabellen.Minimumloon : tabellen.Bijstandsnormen;
        var leefvorm = grens.Van == Inkomensnorm.Wml ? null : zaak.Partner is null ? "alleenstaande" : "gehuwden";
        var norm = normen.FirstOrDefault(n => n.Ingangsdatum <= peildatum && peildatum <= n.GeldigTot && n.Leefvorm == leefvorm)
            ?? throw EigenBijdrageCalculator.Fout(CalculationCodes.GeenNormVoorDatum,
                $"no {(grens.Van == Inkomensnorm.Wml ? "minimumloon" : "bijstandsnorm")} in the tables for the start of the period; add the figure valid on that date to data/tables with its source",
                "$.periode.begin");
        Grens = Afronding.Bedrag(norm.BedragPerMaand * 12 * grens.Percentage / 100);
        return inkomen <= Grens ? EigenBijdrageMethode.VolledigOnderGrens : beleid.Daarboven!.Value;
    }

    public bool LaagsteInkomenscategorie => inkomen <= beleid.LaagsteInkomenscategorieTot;

    public MaandRegel Maand(EigenBijdrageMethode methode, Opvang opvang, DateOnly maand, decimal uren, bool eersteKind)
    {
        var maximum = tabellen.MaximumUurprijs(jaar, opvang.Soort) ?? throw TabelOntbreekt("maximum uurprijs", "kot_maximum_uurprijs.csv");
        var vergoedePrijs = beleid.Uurprijs == Uurprijsgrondslag.Maximum ? Math.Min(opvang.Uurprijs, maximum) : opvang.Uurprijs;
        var kosten = Afronding.Bedrag(opvang.UrenPerMaand * opvang.Uurprijs);
        decimal? percentage = 100m;
        decimal? perUur = null;
        decimal gemeente;
        switch (methode)
        {
            case EigenBijdrageMethode.VolledigOnderGrens:
                gemeente = Afronding.Bedrag(uren * vergoedePrijs);
                break;
            case EigenBijdrageMethode.Beemster2021 when LaagsteInkomenscategorie:
                // Art. 10 lid 2: the lowest income category pays no ouderbijdrage; lid 3: we pay the rest of the actual price.
                vergoedePrijs = opvang.Uurprijs;
                gemeente = Afronding.Bedrag(uren * vergoedePrijs);
                break;
            case EigenBijdrageMethode.VngAdviestabel:
                percentage = null;
                perUur = Waarde(tabellen.VngAdviestabel(beleid.VngTabelJaar!.Value) ?? throw TabelOntbreekt("VNG adviestabel", "vng_adviestabel_peuteropvang.csv", beleid.VngTabelJaar.Value), eersteKind);
                gemeente = Math.Max(0, Afronding.Bedrag(uren * (vergoedePrijs - perUur.Value)));
                break;
            default:
                // KOT, Beemster art. 10 lid 2 and Oude IJsselstreek art. 4: the share KOT would pay.
                percentage = Waarde(tabellen.Kot(jaar) ?? throw TabelOntbreekt("KOT table", "kot_percentages_<year>.csv"), eersteKind);
                gemeente = Afronding.Bedrag(uren * vergoedePrijs * percentage.Value / 100);
                break;
        }
        gemeente = Math.Min(gemeente, kosten);
        return new MaandRegel(maand.Year, maand.Month, opvang.UrenPerMaand, uren, opvang.Uurprijs, maximum, vergoedePrijs, percentage, perUur, kosten, gemeente, kosten - gemeente);
    }

    private decimal Waarde(InkomensTabel tabel, bool eersteKind)
    {
        var rij = tabel.RijVoor(inkomen);
        return (eersteKind ? rij.EersteKind : rij.TweedeKind) ?? throw new SmiDocsException(Diagnostic.Error(CalculationCodes.InkomenInOnbekendeRij,
            $"the toetsingsinkomen falls in row {rij.Rij} of the table for {tabel.Jaar}, whose figure for the {(eersteKind ? "first" : "second and next")} child the source does not give; "
            + "fill it in from the official table (Besluit kinderopvangtoeslag, Bijlage I) before calculating this case; we never guess a percentage",
            new SourceLocation("$.toetsingsinkomen")));
    }

    private SmiDocsException TabelOntbreekt(string welke, string bestand, int? tabelJaar = null) =>
        new(Diagnostic.Error(CalculationCodes.GeenTabelVoorJaar,
            $"no {welke} for {tabelJaar ?? jaar} in the tariff tables; add it to data/tables/{bestand} with its source", new SourceLocation("data/tables")));
}
