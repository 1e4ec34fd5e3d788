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
        var tekst = "# tabel: t\n# jaren: 2026\n# bron: t\n# brondatum: t\njaar,opvangsoort,maximum_uurprijs\n2026,dagopvang,11.23\n2026,gastouderopvang,8.49\n";

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
        Assert.Equal(Enumerable.Range(19, 33), tabellen.Kot(2025)!.OnbekendeRijen);
        Assert.Equal([1, 2, 3], tabellen.Kot(2026)!.OnbekendeRijen);
        Assert.Equal(11.23m, tabellen.MaximumUurprijs(2026, Cases.Opvangsoort.Dagopvang));
    }

    [Fact]
    public void An_income_in_a_missing_row_names_the_row_but_not_the_income()
    {
        var geval = SpecCase.Lees(Path.Combine(TestPaths.Root, "tests", "Smi.Docs.Tests", "Calculation", "Specs", "eigen-bijdrage-kot.yaml"))
            .Single(g => g.Naam.StartsWith("2025 inkomen in rij 19", StringComparison.Ordinal));

        var fout = Assert.Throws<SmiDocsException>(() => EigenBijdrageCalculator.Bereken(geval.Zaak, geval.Beleid, TariefTabellen.Standaard));

        var message = Assert.Single(fout.Diagnostics).Message;
        Assert.Contains("row 19 of the table for 2025", message);
        Assert.DoesNotContain("50812", message);
    }
}
