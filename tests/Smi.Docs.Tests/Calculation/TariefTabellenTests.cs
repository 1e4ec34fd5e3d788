using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Tests.Calculation;

/// <summary>The loader never lets a gap pass silently, and refuses tables without a source.</summary>
public sealed class TariefTabellenTests
{
    private const string Kop = "# tabel: test\n# jaar: 2025\n# bron: test\n# brondatum: test\nrij,inkomen_van,inkomen_tot,eerste_kind,tweede_kind\n";

    [Fact]
    public void An_incomplete_table_is_refused_naming_the_missing_rows()
    {
        var fout = Assert.Throws<SmiDocsException>(() => TariefTabellen.Lees([("kot_percentages_2025.csv", Kop + "1,0,100,96.0,96.0\n2,101,200,,95.0\n3,201,,90.0,\n")]));

        var diagnostic = Assert.Single(fout.Diagnostics);
        Assert.Equal(CalculationCodes.TabelOnvolledig.Id, diagnostic.Code);
        Assert.Contains("rows 2, 3", diagnostic.Message);
    }

    [Fact]
    public void A_missing_row_is_refused()
    {
        var fout = Assert.Throws<SmiDocsException>(() => TariefTabellen.Lees([("kot_percentages_2025.csv", Kop + "1,0,100,96.0,96.0\n3,201,,90.0,90.0\n")]));

        Assert.Contains(fout.Diagnostics, d => d.Code == CalculationCodes.TabelOnvolledig.Id && d.Message.Contains("row 2 is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_that_do_not_join_are_refused()
    {
        var fout = Assert.Throws<SmiDocsException>(() => TariefTabellen.Lees([("kot_percentages_2025.csv", Kop + "1,0,100,96.0,96.0\n2,150,,90.0,90.0\n")]));

        Assert.Equal(CalculationCodes.TabelGrenzen.Id, Assert.Single(fout.Diagnostics).Code);
    }

    [Fact]
    public void A_maximum_uurprijs_year_without_every_opvangsoort_is_refused()
    {
        var tekst = "# tabel: t\n# jaren: 2026\n# bron: t\n# brondatum: t\njaar,opvangsoort,maximum_uurprijs,status\n2026,dagopvang,11.23,vastgesteld\n2026,gastouderopvang,8.49,vastgesteld\n";

        var fout = Assert.Throws<SmiDocsException>(() => TariefTabellen.Lees([("kot_maximum_uurprijs.csv", tekst)]));

        Assert.Contains("2026 bso", Assert.Single(fout.Diagnostics).Message);
    }

    [Fact]
    public void A_table_without_its_source_is_refused()
    {
        var fout = Assert.Throws<SmiDocsException>(() => TariefTabellen.Lees([("kot_percentages_2025.csv", "# jaar: 2025\nrij,inkomen_van,inkomen_tot,eerste_kind,tweede_kind\n1,0,,96.0,96.0\n")]));

        Assert.All(fout.Diagnostics, d => Assert.Equal(CalculationCodes.TabelBronOntbreekt.Id, d.Code));
        Assert.Contains(fout.Diagnostics, d => d.Message.Contains("'# bron:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_tables_load_and_declare_their_unknown_rows()
    {
        var tabellen = TariefTabellen.Standaard;

        Assert.Same(tabellen, TariefTabellen.Standaard);
        Assert.Equal([2025, 2026], tabellen.KotJaren);
        // 2025: only 96% up to 47.403 and the first-child vaste voet are confirmed (kot_percentages_2025_rijgrenzen.csv).
        Assert.Equal(Enumerable.Range(17, 35), tabellen.Kot(2025)!.OnbekendeRijen);
        Assert.Equal(69, tabellen.Kot(2026)!.Rijen.Count);
        Assert.Empty(tabellen.Kot(2026)!.OnbekendeRijen);
        Assert.Equal(11.23m, tabellen.MaximumUurprijs(2026, Cases.Opvangsoort.Dagopvang));
        Assert.Equal(9.12m, tabellen.MaximumUurprijs(2023, Cases.Opvangsoort.Dagopvang));
        // 2027 is a budget figure: no table unless the profile allows provisional tables.
        Assert.Null(tabellen.MaximumUurprijs(2027, Cases.Opvangsoort.Dagopvang));
        Assert.Equal(11.60m, tabellen.MaximumUurprijs(2027, Cases.Opvangsoort.Dagopvang, voorlopigToegestaan: true));
        Assert.True(tabellen.MaximumUurprijsIsVoorlopig(2027, Cases.Opvangsoort.Bso));
        Assert.False(tabellen.MaximumUurprijsIsVoorlopig(2026, Cases.Opvangsoort.Bso));
        Assert.True(tabellen.VngAdviestabel(2026)!.EenBron);
        Assert.False(tabellen.VngAdviestabel(2021)!.EenBron);
        Assert.Equal(2337.00m, tabellen.Minimumloon.Single(n => n.Ingangsdatum == new DateOnly(2026, 7, 1)).BedragPerMaand);
        Assert.Equal(2191.80m, tabellen.Minimumloon.Single(n => n.Ingangsdatum == new DateOnly(2025, 1, 1)).BedragPerMaand);
        Assert.Equal(1401.50m, tabellen.Bijstandsnormen.Single(n => n.Ingangsdatum == new DateOnly(2026, 1, 1) && n.Leefvorm == "alleenstaande").BedragPerMaand);
    }

    [Fact]
    public void An_income_in_a_missing_row_names_the_row_but_not_the_income()
    {
        var geval = SpecCase.Lees(Path.Combine(TestPaths.Root, "tests", "Smi.Docs.Tests", "Calculation", "Specs", "eigen-bijdrage-kot.yaml"))
            .Single(g => g.Naam.StartsWith("2025 inkomen in rij 19", StringComparison.Ordinal));

        var fout = Assert.Throws<SmiDocsException>(() => EigenBijdrageCalculator.Bereken(geval.Zaak, geval.Beleid, TariefTabellen.Standaard));

        var message = Assert.Single(fout.Diagnostics).Message;
        Assert.Contains("row 19 of the table for 2025 (data/tables/kot_percentages_2025.csv)", message);
        Assert.DoesNotContain("50812", message);
    }

    [Fact]
    public void A_provisional_maximum_uurprijs_warns_and_the_explanation_says_so()
    {
        var geval = Spec("eigen-bijdrage-vng-adviestabel.yaml", "periode in 2027 met voorlopige tabellen, maximale uurprijs uit de begroting");

        var berekening = CaseCalculation.Make(geval.Zaak, geval.Beleid, TariefTabellen.Standaard);

        Assert.Contains(berekening.Warnings, w => w.Code == CalculationCodes.VoorlopigeTabelGebruikt.Id && w.Message.Contains("2027", StringComparison.Ordinal));
        Assert.Contains(berekening.Warnings, w => w.Code == CalculationCodes.TabelMetEenBronGebruikt.Id);
        Assert.Contains(berekening.Ours!.Uitleg, z => z.Sleutel == "voorlopigeTabel");
    }

    [Fact]
    public void Vastgestelde_tables_give_no_warning_and_no_provisional_sentence()
    {
        var geval = Spec("eigen-bijdrage-kot.yaml", "tweede kind 2026, dagopvang boven het maximum en bso eronder");

        var berekening = CaseCalculation.Make(geval.Zaak, geval.Beleid, TariefTabellen.Standaard);

        Assert.Empty(berekening.Warnings);
        Assert.DoesNotContain(berekening.Ours!.Uitleg, z => z.Sleutel == "voorlopigeTabel");
    }

    private static SpecCase Spec(string bestand, string naam) =>
        SpecCase.Lees(Path.Combine(TestPaths.Root, "tests", "Smi.Docs.Tests", "Calculation", "Specs", bestand)).Single(g => g.Naam == naam);
}
