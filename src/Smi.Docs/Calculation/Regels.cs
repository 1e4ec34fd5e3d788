using System.Globalization;
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
internal sealed class Regels(EigenBijdrageBeleid beleid, TariefTabellen tabellen, int beginjaar, decimal inkomen, string bestand = "case")
{
    private readonly List<Diagnostic> _voorbehouden = [];

    public EigenBijdrageBeleid Beleid => beleid;

    /// <summary>Warnings about the tables used (SMI5204 provisional, SMI5205 single source), each once.</summary>
    public IReadOnlyList<Diagnostic> Voorbehouden => _voorbehouden;

    /// <summary>True when a provisional table figure was used (the letter's explanation then says so).</summary>
    public bool VoorlopigGebruikt => _voorbehouden.Any(d => d.Code == CalculationCodes.VoorlopigeTabelGebruikt.Id);

    /// <summary>The income limit of volledig-onder-grens in euros per year, once known.</summary>
    public decimal? Grens { get; private set; }

    public EigenBijdrageMethode ToepasselijkeMethode(SmiCase zaak, DateOnly peildatum)
    {
        if (beleid.Methode != EigenBijdrageMethode.VolledigOnderGrens)
        {
            return beleid.Methode;
        }
        var grens = beleid.VolledigTot!;
        Grens = Inkomensgrenzen.PerJaar(grens, tabellen, peildatum, zaak.Partner is not null) ?? throw EigenBijdrageCalculator.Fout(CalculationCodes.GeenNormVoorDatum,
            $"no {Inkomensgrenzen.Tabel(grens)} in the tables for the start of the period ({peildatum.ToString("yyyy-MM", CultureInfo.InvariantCulture)}) in case file '{bestand}'; add the figure valid on that date to data/tables with its source",
            bestand, "$.periode.begin");
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
        var maximum = tabellen.MaximumUurprijs(jaar, opvang.Soort, beleid.VoorlopigeTabellen) ?? throw TabelOntbreekt(
            tabellen.MaximumUurprijsIsVoorlopig(jaar, opvang.Soort) ? "vastgestelde maximum uurprijs (only a budget figure, usable when the profile says beleid.voorlopigeTabellen: true)" : "maximum uurprijs",
            "kot_maximum_uurprijs.csv", jaar);
        if (tabellen.MaximumUurprijsIsVoorlopig(jaar, opvang.Soort))
        {
            Voorbehoud(CalculationCodes.VoorlopigeTabelGebruikt,
                $"the maximum uurprijs for {jaar} ({opvang.Soort.ToString().ToLowerInvariant()}) is a budget figure, not yet in the Besluit kinderopvangtoeslag; the profile allows it (beleid.voorlopigeTabellen) and the letter says so. Check the amounts when the Besluit is published",
                "data/tables/kot_maximum_uurprijs.csv");
        }
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
                var vng = tabellen.VngAdviestabel(beleid.VngTabelJaar!.Value) ?? throw TabelOntbreekt("VNG adviestabel", "vng_adviestabel_peuteropvang_<year>.csv", beleid.VngTabelJaar.Value);
                if (vng.EenBron)
                {
                    Voorbehoud(CalculationCodes.TabelMetEenBronGebruikt,
                        $"the VNG adviestabel {vng.Jaar} the profile chose (eigenBijdrage.vngTabelJaar) comes from one source that could not be checked against the VNG's own table; check the amounts",
                        $"data/tables/{vng.Naam}");
                }
                perUur = Waarde(vng, eersteKind);
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
            $"the toetsingsinkomen of case file '{bestand}' falls in row {rij.Rij} of the table for {tabel.Jaar} (data/tables/{tabel.Naam}), whose figure for the {(eersteKind ? "first" : "second and next")} child the source does not give ('onbekend'); "
            + "fill it in from the official table before calculating this case; we never guess a figure",
            SourceLocation.AtJsonPath(bestand, "$.toetsingsinkomen")));
    }

    private void Voorbehoud(DiagnosticCode code, string message, string tabel)
    {
        if (!_voorbehouden.Any(d => d.Code == code.Id && d.Message == message))
        {
            _voorbehouden.Add(Diagnostic.Warning(code, message, new SourceLocation(tabel)));
        }
    }

    private SmiDocsException TabelOntbreekt(string welke, string tabelbestand, int tabelJaar) =>
        new(Diagnostic.Error(CalculationCodes.GeenTabelVoorJaar,
            $"no {welke} for {tabelJaar} in the tariff tables, needed for case file '{bestand}'; add it to data/tables/{tabelbestand} with its source", new SourceLocation("data/tables")));
}
