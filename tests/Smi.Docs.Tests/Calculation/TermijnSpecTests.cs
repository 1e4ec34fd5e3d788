using System.Globalization;
using Smi.Docs.Calculation.Termijnen;
using YamlDotNet.RepresentationModel;

namespace Smi.Docs.Tests.Calculation;

/// <summary>Runs the deadline examples in <c>Specs/termijnen.yaml</c>.</summary>
public sealed class TermijnSpecTests
{
    private static readonly string Spec = Path.Combine(TestPaths.Root, "tests", "Smi.Docs.Tests", "Calculation", "Specs", "termijnen.yaml");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var geval in Gevallen())
        {
            data.Add(SpecCase.Tekst(geval, "naam")!);
        }
        return data;
    }

    [Fact]
    public void There_are_at_least_eight_deadline_examples() => Assert.True(Cases().Count >= 8);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deadline(string naam)
    {
        var geval = Gevallen().Single(g => SpecCase.Tekst(g, "naam") == naam);
        var van = DateOnly.ParseExact(SpecCase.Tekst(geval, "van")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        int Getal(string sleutel) => (int)(SpecCase.Getal(geval, sleutel) ?? 0);
        var verwacht = SpecCase.Tekst(geval, "verwacht")!;

        var uitkomst = SpecCase.Tekst(geval, "soort") switch
        {
            "herstel" => Termijnberekening.Hersteltermijn(van, Getal("dagen")).Einde.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "beslis" => Termijnberekening.Beslistermijn(van, Getal("weken"), Getal("verdaging")).Einde.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "bezwaar" => Termijnberekening.EindeBezwaartermijn(van).Einde.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "verlenging" => Termijnberekening.VerlengingAanvragenVoor(van, Getal("weken")).Einde.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "einde" => Termijnberekening.EindeToekenning(van, Getal("maanden")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "feestdag" => Feestdagen.Naam(van) ?? "geen",
            var soort => throw new InvalidOperationException($"unknown soort {soort}"),
        };

        Assert.Equal(verwacht, uitkomst);
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    public void Easter_is_computed(int jaar, string pasen) =>
        Assert.Equal(pasen, Feestdagen.Pasen(jaar).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static IEnumerable<YamlMappingNode> Gevallen()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Spec)));
        return ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["gevallen"]).Cast<YamlMappingNode>();
    }

    [Fact]
    public void Every_day_a_decree_equates_with_a_holiday_is_the_friday_after_the_holiday_it_names()
    {
        Assert.NotEmpty(Feestdagen.Gelijkgesteld);
        Assert.All(Feestdagen.Gelijkgesteld, dag =>
        {
            Assert.Equal(DayOfWeek.Friday, dag.Key.DayOfWeek);
            Assert.Equal(Smi.Docs.Formatting.FixedTexts.Dutch["feestdag." + dag.Value], Feestdagen.Naam(dag.Key.AddDays(-1)));
        });
    }
}
