using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Tests.Calculation;

/// <summary>Runs every worked example in <c>Specs/*.yaml</c> (one file per method) against the shipped tables.</summary>
public sealed class EigenBijdrageSpecTests
{
    private static readonly string SpecDirectory = Path.Combine(TestPaths.Root, "tests", "Smi.Docs.Tests", "Calculation", "Specs");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var bestand in Directory.GetFiles(SpecDirectory, "eigen-bijdrage-*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var geval in SpecCase.Lees(bestand))
            {
                data.Add(Path.GetFileName(bestand), geval.Naam);
            }
        }
        return data;
    }

    [Fact]
    public void There_are_at_least_25_worked_examples_covering_every_method()
    {
        var files = Directory.GetFiles(SpecDirectory, "eigen-bijdrage-*.yaml").Select(Path.GetFileName).ToList();
        Assert.True(Cases().Count >= 25, $"found {Cases().Count}");
        Assert.Equal(["eigen-bijdrage-beemster-2021.yaml", "eigen-bijdrage-kot.yaml", "eigen-bijdrage-oude-ijsselstreek-2020.yaml", "eigen-bijdrage-vng-adviestabel.yaml", "eigen-bijdrage-volledig-onder-grens.yaml"], files.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Worked_example(string bestand, string naam)
    {
        var geval = SpecCase.Lees(Path.Combine(SpecDirectory, bestand)).Single(g => g.Naam == naam);

        if (geval.Fout is { } code)
        {
            var fout = Assert.Throws<SmiDocsException>(() => EigenBijdrageCalculator.Bereken(geval.Zaak, geval.Beleid, TariefTabellen.Standaard));
            var diagnostic = Assert.Single(fout.Diagnostics);
            Assert.Equal(code, diagnostic.Code);
            // Issue 12, point 8: a table that is missing names the case file it was needed for (the file name, no case data).
            Assert.Contains($"case file '{bestand}'", diagnostic.Message, StringComparison.Ordinal);
            return;
        }
        var uitkomst = EigenBijdrageCalculator.Bereken(geval.Zaak, geval.Beleid, TariefTabellen.Standaard);
        Assert.NotEmpty(geval.Verwacht);
        foreach (var verwacht in geval.Verwacht)
        {
            var kind = uitkomst.Kinderen.Single(k => k.Voornaam == SpecCase.Tekst(verwacht, "kind"));
            var maand = kind.Maanden[0];
            Assert.Equal(SpecCase.Getal(verwacht, "gemeente"), maand.Gemeente);
            Assert.Equal(SpecCase.Getal(verwacht, "ouder"), maand.Ouder);
            Assert.Equal(maand.Kosten, maand.Gemeente + maand.Ouder);
            if (SpecCase.Getal(verwacht, "uren") is { } uren)
            {
                Assert.Equal(uren, maand.UrenVergoed);
            }
            if (SpecCase.Getal(verwacht, "percentage") is { } percentage)
            {
                Assert.Equal(percentage, maand.Percentage);
            }
            if (SpecCase.Getal(verwacht, "bijdragePerUur") is { } perUur)
            {
                Assert.Equal(perUur, maand.BijdragePerUur);
            }
            if (SpecCase.Tekst(verwacht, "eersteKind") is { } eerste)
            {
                Assert.Equal(eerste == "ja", kind.EersteKind);
            }
        }
    }
}
