using System.Globalization;
using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Tests.Calculation;

/// <summary>
/// Runs the worked examples in <c>Specs/maanden-uit-de-periode.yaml</c>: every month line of a period that starts or
/// ends mid-month or crosses a table year, the totals, and the month count the letter prints.
/// </summary>
public sealed class MaandenSpecTests
{
    private static readonly string Bestand = Path.Combine(TestPaths.Root, "tests", "Smi.Docs.Tests", "Calculation", "Specs", "maanden-uit-de-periode.yaml");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var geval in SpecCase.Lees(Bestand))
        {
            data.Add(geval.Naam);
        }
        return data;
    }

    [Fact]
    public void Covers_a_start_on_the_1st_the_7th_and_the_31st_an_end_mid_month_and_a_year_crossing() =>
        Assert.True(Cases().Count >= 5, $"found {Cases().Count}");

    [Fact]
    public void Seven_december_to_six_june_pays_six_months_worth_and_the_letter_says_six()
    {
        // Issue 12 point 2: this period got seven whole month lines. With the 2026 tables for every month (tabeljaar:
        // begin) until data/tables holds 2027: 91 x 25/31 = 73,39 + 5 x 91 + 91 x 6/30 = 18,20 = 546,59 hours (six months: 546).
        var geval = SpecCase.Lees(Bestand).First();
        var zaak = geval.Zaak with { Periode = new Smi.Docs.Cases.Periode(new DateOnly(2026, 12, 7), new DateOnly(2027, 6, 6)) };
        var beleid = geval.Beleid with { EigenBijdrage = geval.Beleid.EigenBijdrage with { Tabeljaar = Smi.Docs.Policy.Tabeljaar.Begin } };

        var maanden = Assert.Single(EigenBijdrageCalculator.Bereken(zaak, beleid, TariefTabellen.Standaard).Kinderen).Maanden;

        Assert.Equal(6, Termijnberekening.MaandenIn(zaak.Periode!));
        Assert.Equal(7, maanden.Count);
        Assert.Equal([73.39m, 91m, 91m, 91m, 91m, 91m, 18.20m], maanden.Select(m => m.UrenVergoed));
        Assert.Equal(546.59m, maanden.Sum(m => m.UrenVergoed));
        Assert.Equal([25, 31, 28, 31, 30, 31, 6], maanden.Select(m => m.Dagen));
    }

    [Fact]
    public void Across_a_table_year_the_explanation_names_each_years_percentage_and_maximum()
    {
        var geval = SpecCase.Lees(Bestand).Single(g => g.Naam == "over de jaargrens, elke maand de tabel van haar eigen jaar");

        var uitleg = EigenBijdrageCalculator.Bereken(geval.Zaak, geval.Beleid, TariefTabellen.Standaard).Uitleg
            .Select(z => z.Schrijf(Smi.Docs.Formatting.FixedTexts.Dutch, Smi.Docs.Formatting.DocumentLanguage.Dutch.Formatter)).ToList();

        Assert.Contains(uitleg, z => z.Contains("33,3", StringComparison.Ordinal) && z.Contains("2025", StringComparison.Ordinal));
        Assert.Contains(uitleg, z => z.Contains("36,5", StringComparison.Ordinal) && z.Contains("2026", StringComparison.Ordinal));
        Assert.Contains(uitleg, z => z.Contains("10,71", StringComparison.Ordinal));
        Assert.Contains(uitleg, z => z.Contains("11,23", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cases_own_berekening_with_the_same_part_months_is_not_warned_about()
    {
        // EigenBerekeningControle holds each own month to gemeente + ouder = uren x uurprijs (to the cent): a part month
        // lists the hours of that part, so our prorated lines pass the same check and match.
        var geval = SpecCase.Lees(Bestand).Single(g => g.Naam == "begint op de 7e, zes maanden tot en met de 6e");
        var ons = EigenBijdrageCalculator.Bereken(geval.Zaak, geval.Beleid, TariefTabellen.Standaard);
        var eigen = new Smi.Docs.Cases.Berekening(2026, 30000, ons.Kinderen.Select(k => new Smi.Docs.Cases.KindBerekening(
            k.Maanden.Select(m => new Smi.Docs.Cases.MaandBerekening(m.Jaar, m.Maand, m.UrenAfgenomen, m.Uurprijs, m.MaximumUurprijs, m.Percentage!.Value, m.Gemeente, m.Ouder)).ToList())).ToList());

        Assert.Empty(EigenBerekeningControle.Controleer(geval.Zaak with { Berekening = eigen }, ons));

        var zevenVolleMaanden = eigen with { Kinderen = [new([.. eigen.Kinderen[0].Maanden.Select(m => m with { Uren = 91, Gemeente = 981.05m, Ouder = 97.30m })])] };
        Assert.Equal(2, EigenBerekeningControle.Controleer(geval.Zaak with { Berekening = zevenVolleMaanden }, ons).Count(d => d.Code == CalculationCodes.EigenBerekeningWijktAf.Id));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Worked_example(string naam)
    {
        var geval = SpecCase.Lees(Bestand).Single(g => g.Naam == naam);
        var bron = RawCase(naam);

        var uitkomst = EigenBijdrageCalculator.Bereken(geval.Zaak, geval.Beleid, TariefTabellen.Standaard);

        Assert.Equal(SpecCase.Getal(bron, "maandenInBrief"), Termijnberekening.MaandenIn(geval.Zaak.Periode!));
        foreach (var kind in uitkomst.Kinderen)
        {
            Assert.Equal((int)SpecCase.Getal(bron, "maanden")!.Value, kind.Maanden.Count);
            foreach (var m in kind.Maanden)
            {
                // The columns add up, to the cent, with the rule EigenBerekeningControle holds a case's own berekening to.
                Assert.Equal(m.Kosten, m.Gemeente + m.Ouder);
                Assert.Equal(Afronding.Bedrag(m.UrenAfgenomen * m.Uurprijs), m.Kosten);
            }
        }
        foreach (var verwacht in geval.Verwacht)
        {
            var kind = uitkomst.Kinderen.Single(k => k.Voornaam == SpecCase.Tekst(verwacht, "kind"));
            var maand = DateOnly.ParseExact(SpecCase.Tekst(verwacht, "maand")! + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var regel = kind.Maanden.Single(r => r.Jaar == maand.Year && r.Maand == maand.Month);
            Assert.Equal(SpecCase.Getal(verwacht, "gemeente"), regel.Gemeente);
            Assert.Equal(SpecCase.Getal(verwacht, "ouder"), regel.Ouder);
            Check(verwacht, "uren", regel.UrenVergoed);
            Check(verwacht, "urenAfgenomen", regel.UrenAfgenomen);
            Check(verwacht, "percentage", regel.Percentage);
            Check(verwacht, "maximumUurprijs", regel.MaximumUurprijs);
            Check(verwacht, "tabelJaar", regel.TabelJaar);
        }
        var totaal = (YamlDotNet.RepresentationModel.YamlMappingNode)bron["totaal"];
        Assert.Equal(SpecCase.Getal(totaal, "gemeente"), uitkomst.TotaalGemeente);
        Assert.Equal(SpecCase.Getal(totaal, "ouder"), uitkomst.TotaalOuder);
    }

    private static void Check(YamlDotNet.RepresentationModel.YamlMappingNode verwacht, string sleutel, decimal? waarde)
    {
        if (SpecCase.Getal(verwacht, sleutel) is { } getal)
        {
            Assert.True(getal == waarde, $"{sleutel}: expected {getal}, got {waarde}");
        }
    }

    private static YamlDotNet.RepresentationModel.YamlMappingNode RawCase(string naam)
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Bestand)));
        var gevallen = (YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode)["gevallen"];
        return gevallen.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>().Single(g => SpecCase.Tekst(g, "naam") == naam);
    }
}
