using Smi.Docs.Calculation.Tables;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Calculation;

/// <summary>
/// The methods of <see cref="EigenBijdrageMethode"/> for one case: table look-ups and the sum for one child-month.
/// <paramref name="beginjaar"/> is the year the period begins in; a month is priced with the tables of
/// <see cref="TabelJaar"/>.
/// </summary>
internal sealed class Regels(EigenBijdrageBeleid beleid, TariefTabellen tabellen, int beginjaar, decimal inkomen)
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

    /// <summary>
    /// The year whose tables (KOT percentages, maximum uurprijs) price <paramref name="maand"/>: its own year, as the
    /// kinderopvangtoeslag does and as Beemster 2021 art. 10 lid 2 and Oude IJsselstreek 2020 art. 4 say; the year the
    /// period begins in when the profile says <c>tabeljaar: begin</c>. A year without tables is SMI5101, never another year's.
    /// </summary>
    public int TabelJaar(DateOnly maand) => beleid.Tabeljaar == Tabeljaar.Begin ? beginjaar : maand.Year;

    public bool LaagsteInkomenscategorie => inkomen <= beleid.LaagsteInkomenscategorieTot;

    /// <param name="afgenomen">The hours taken in the part of the month the period covers.</param>
    /// <param name="uren">The hours paid of those, after the caps.</param>
    public MaandRegel Maand(EigenBijdrageMethode methode, Opvang opvang, Maanddeel deel, decimal afgenomen, decimal uren, bool eersteKind)
    {
        var maand = deel.Maand;
        var jaar = TabelJaar(maand);
        var maximum = tabellen.MaximumUurprijs(jaar, opvang.Soort) ?? throw TabelOntbreekt("maximum uurprijs", "kot_maximum_uurprijs.csv", jaar);
        var vergoedePrijs = beleid.Uurprijs == Uurprijsgrondslag.Maximum ? Math.Min(opvang.Uurprijs, maximum) : opvang.Uurprijs;
        var kosten = Afronding.Bedrag(afgenomen * opvang.Uurprijs);
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
                percentage = Waarde(tabellen.Kot(jaar) ?? throw TabelOntbreekt("KOT table", "kot_percentages_<year>.csv", jaar), eersteKind);
                gemeente = Afronding.Bedrag(uren * vergoedePrijs * percentage.Value / 100);
                break;
        }
        gemeente = Math.Min(gemeente, kosten);
        return new MaandRegel(maand.Year, maand.Month, afgenomen, uren, opvang.Uurprijs, maximum, vergoedePrijs, percentage, perUur, kosten, gemeente, kosten - gemeente)
        {
            TabelJaar = jaar,
            Dagen = deel.Dagen,
            DagenInMaand = deel.DagenInMaand,
        };
    }

    private decimal Waarde(InkomensTabel tabel, bool eersteKind)
    {
        var rij = tabel.RijVoor(inkomen);
        return (eersteKind ? rij.EersteKind : rij.TweedeKind) ?? throw new SmiDocsException(Diagnostic.Error(CalculationCodes.InkomenInOnbekendeRij,
            $"the toetsingsinkomen falls in row {rij.Rij} of the table for {tabel.Jaar}, whose figure for the {(eersteKind ? "first" : "second and next")} child the source does not give; "
            + "fill it in from the official table (Besluit kinderopvangtoeslag, Bijlage I) before calculating this case; we never guess a percentage",
            new SourceLocation("$.toetsingsinkomen")));
    }

    private static SmiDocsException TabelOntbreekt(string welke, string bestand, int tabelJaar) =>
        new(Diagnostic.Error(CalculationCodes.GeenTabelVoorJaar,
            $"no {welke} for {tabelJaar} in the tariff tables; add it to data/tables/{bestand} with its source", new SourceLocation("data/tables")));
}
