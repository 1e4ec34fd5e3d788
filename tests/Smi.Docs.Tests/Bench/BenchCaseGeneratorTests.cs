using System.Text.Json.Nodes;
using Smi.Docs.Cases;
using Smi.Docs.Cli;
using Smi.Docs.Composition;
using Smi.Docs.Formatting;
using Smi.Docs.Pipeline;
using Smi.Docs.Policy;

namespace Smi.Docs.Tests.Bench;

/// <summary>
/// The cases of <c>smi-docs bench --batch</c> (issue 14 point 8): a benchmark is only worth its figures if it makes the
/// work it claims — every document with a case, every language, 1–3 children — and only valid letters.
/// </summary>
public sealed class BenchCaseGeneratorTests
{
    private static readonly BenchCaseGenerator Generator = BenchCaseGenerator.FromExamples(Path.Combine(TestPaths.Root, "examples", "cases"));
    private static readonly int ExampleCount = Directory.GetFiles(Path.Combine(TestPaths.Root, "examples", "cases"), "*.json").Length;

    /// <summary>Every example × language × child count once, as the generator counts it (the warm-up of bench --batch).</summary>
    private static int FullRound => Generator.Round;

    [Theory]
    [InlineData("aanvraagformulier-verlenging-een-kind", "aanvraagformulier-verlenging")]
    [InlineData("aanvraagformulier-voorgevuld", "aanvraagformulier")]
    [InlineData("ontbrekende-gegevens-inkomen-en-contract", "ontbrekende-gegevens")]
    [InlineData("verlenging", "verlenging")]
    [InlineData("publiekstekst-voorbeeld", null)]
    [InlineData("toekenningen", null)]
    public void An_example_is_for_the_longest_document_id_its_name_starts_with(string fileName, string? document) =>
        Assert.Equal(document, BenchCaseGenerator.DocumentOf(fileName));

    [Fact]
    public void One_round_covers_every_document_with_a_case_every_language_and_one_to_three_children()
    {
        var cases = Enumerable.Range(0, FullRound).Select(Generator.Case).ToList();

        Assert.Equal(
            DocumentDefinitions.All.Where(d => d is not ProfileTextDefinition).Select(d => d.Id).Order(StringComparer.Ordinal),
            cases.Select(c => c.Document).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(cases, c => c.Document == "publiekstekst");
        foreach (var document in cases.Select(c => c.Document).Distinct())
        {
            Assert.Equal(
                DocumentLanguage.All.SelectMany(l => new[] { 1, 2, 3 }.Select(n => (l.Code, n))).Order(),
                cases.Where(c => c.Document == document).Select(c => (c.Language, c.Zaak["kinderen"]!.AsArray().Count)).Distinct().Order());
        }
        Assert.Equal(FullRound, cases.Select(c => c.Zaak["zaaknummer"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public void The_same_number_gives_the_same_line_and_the_lines_differ_in_names_hours_and_income()
    {
        var again = BenchCaseGenerator.FromExamples(Path.Combine(TestPaths.Root, "examples", "cases"));

        Assert.Equal(Enumerable.Range(0, 100).Select(Generator.Envelope), Enumerable.Range(0, 100).Select(again.Envelope));
        var cases = Enumerable.Range(0, FullRound).Select(i => Generator.Case(i).Zaak).ToList();
        Assert.True(cases.Select(z => z["aanvrager"]!["achternaam"]!.GetValue<string>()).Distinct().Count() >= 10);
        Assert.True(cases.SelectMany(z => z["kinderen"]!.AsArray()).Select(k => k!["voornaam"]!.GetValue<string>()).Distinct().Count() >= 10);
        Assert.True(cases.Where(z => z["toetsingsinkomen"] is not null).Select(z => z["toetsingsinkomen"]!.GetValue<int>()).Distinct().Count() >= 5);
        Assert.True(cases.SelectMany(z => z["kinderen"]!.AsArray()).Select(k => k!["opvang"]?["urenPerWeek"]?.GetValue<decimal>()).Distinct().Count() >= 5);
    }

    [Fact]
    public void Hours_per_month_follow_hours_per_week_over_52_weeks_and_12_months()
    {
        foreach (var kind in Enumerable.Range(0, FullRound).SelectMany(i => Generator.Case(i).Zaak["kinderen"]!.AsArray()))
        {
            var opvang = kind!["opvang"]!;
            // 21 hours a week: 21 × 52 / 12 = 91; 19: 82.33 (the examples' own rule, e.g. 20 → 86.67).
            Assert.Equal(Math.Round(opvang["urenPerWeek"]!.GetValue<decimal>() * 52 / 12, 2), opvang["urenPerMaand"]!.GetValue<decimal>());
        }
    }

    [Fact]
    public async Task Every_case_of_a_round_is_valid_and_renders_without_warnings()
    {
        var pipeline = DocumentPipeline.CreateBuilder(TestPaths.Templates).UseHtml().Build();
        var profile = ProfileReader.Load(TestPaths.Profile("voorbeeldstad"));

        foreach (var number in Enumerable.Range(0, FullRound))
        {
            var (document, zaak, language) = Generator.Case(number);
            var result = await pipeline.RenderAsync(new DocumentRequest(CaseReader.Read(zaak.ToJsonString(), $"case-{number}.json"), profile, document, DocumentLanguage.Find(language)!), TestContext.Current.CancellationToken);

            Assert.True(result.Diagnostics.Count == 0, $"case {number} ({document}, {language}): {string.Join("; ", result.Diagnostics)}");
        }
    }

    [Fact]
    public void An_envelope_names_its_document_and_language_around_the_case()
    {
        var envelope = JsonNode.Parse(Generator.Envelope(ExampleCount + 1))!.AsObject();

        Assert.Equal(["document", "taal", "zaak"], envelope.Select(p => p.Key));
        Assert.Equal(DocumentLanguage.All[1].Code, envelope["taal"]!.GetValue<string>());
        Assert.Equal("SMI-2026-" + (100_000 + ExampleCount + 1), envelope["zaak"]!["zaaknummer"]!.GetValue<string>());
    }
}
