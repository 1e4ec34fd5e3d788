using System.Globalization;
using System.Text.Json.Nodes;
using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Cases;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Docx;
using Smi.Docs.Formatting;
using Smi.Docs.Pipeline;
using Smi.Docs.Tests.EndToEnd;

namespace Smi.Docs.Tests.Pipeline;

/// <summary>The one pipeline every door calls: checked once, calculated once, rendered per format, errors as data.</summary>
public sealed class DocumentPipelineTests
{
    private static readonly Lazy<DocumentPipeline> LazyPipeline = new(() =>
        DocumentPipeline.CreateBuilder(TestPaths.Templates).UseHtml().UseDocx().Build());

    private static DocumentPipeline Pipeline => LazyPipeline.Value;

    /// <summary>An example case of each document that prints amounts; a new such document needs one here.</summary>
    private static readonly Dictionary<string, string> AmountExamples = new()
    {
        ["toekenning"] = "toekenning-een-kind-dagopvang",
        ["verlenging"] = "verlenging-eerste",
    };

    public static TheoryData<string> DocumentsThatPrintAmounts() =>
        [.. DocumentDefinitions.All.Where(d => d.PrintsAmounts).Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(DocumentsThatPrintAmounts))]
    public async Task Every_document_that_prints_amounts_checks_the_cases_own_berekening(string documentId)
    {
        Assert.True(AmountExamples.ContainsKey(documentId), $"add an example case for '{documentId}' to AmountExamples");
        var ct = TestContext.Current.CancellationToken;
        var agreeing = WithOwnBerekening(AmountExamples[documentId], changeSecondMonthTo: null);
        var differing = WithOwnBerekening(AmountExamples[documentId], changeSecondMonthTo: 1.00m);

        var agrees = await Pipeline.RenderAsync(new DocumentRequest(agreeing, Examples.Voorbeeldstad, documentId, DocumentLanguage.Dutch), ct);
        var differs = await Pipeline.RenderAsync(new DocumentRequest(differing, Examples.Voorbeeldstad, documentId, DocumentLanguage.Dutch), ct);

        Assert.True(agrees.Succeeded);
        Assert.Empty(agrees.Diagnostics);
        Assert.True(differs.Succeeded);
        Assert.Equal([$"{documentId}.nl.html", $"{documentId}.nl.docx"], differs.Files.Select(f => f.FileName));
        // One month changed: it no longer adds up (5201) and differs from ours (5202), at that month and nowhere else.
        Assert.All(differs.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(["SMI5201", "SMI5202"], differs.Diagnostics.Select(d => d.Code).Order());
        Assert.All(differs.Diagnostics, d => Assert.Equal("$.berekening.kinderen[0].maanden[1]", d.Location.JsonPath));
    }

    [Fact]
    public async Task A_request_with_several_problems_gets_all_of_them_and_no_files()
    {
        // A refusal's case asked for as a grant, in a format the pipeline does not have.
        var zaak = Examples.Case("afwijzing-voorliggende-voorziening");
        var request = new DocumentRequest(zaak, Examples.Voorbeeldstad, "toekenning", DocumentLanguage.Dutch) { Formats = ["html", "pdf"] };

        var result = await Pipeline.RenderAsync(request, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var codes = result.Diagnostics.Select(d => d.Code).ToList();
        Assert.Contains("SMI4003", codes);
        Assert.Contains("SMI1101", codes);
        Assert.Contains("SMI1102", codes);
        Assert.Contains(result.Diagnostics, d => d.Code == "SMI1101" && d.Location.JsonPath == "$.periode");
        Assert.Contains(result.Diagnostics, d => d.Code == "SMI1102" && d.Location.JsonPath == "$.afwijzing");
    }

    [Fact]
    public async Task A_case_that_cannot_be_calculated_is_an_error_in_the_result_not_an_exception()
    {
        // A grant whose case brings neither its own berekening nor the household's income: the calculate stage
        // cannot make the amounts the letter must print (SMI5103), so nothing is rendered.
        var json = JsonNode.Parse(await File.ReadAllTextAsync(TestPaths.Case("toekenning-een-kind-dagopvang"), TestContext.Current.CancellationToken))!;
        json.AsObject().Remove("berekening");
        json.AsObject().Remove("toetsingsinkomen");
        var zaak = CaseReader.Read(json.ToJsonString(), "zonder-inkomen.json");

        var result = await Pipeline.RenderAsync(new DocumentRequest(zaak, Examples.Voorbeeldstad, "toekenning", DocumentLanguage.Dutch), TestContext.Current.CancellationToken);

        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("SMI5103", Severity.Error, "$.toetsingsinkomen"), (error.Code, error.Severity, error.Location.JsonPath));
    }

    [Fact]
    public async Task A_bundle_and_a_fallback_are_named_and_warned_by_the_pipeline()
    {
        var ct = TestContext.Current.CancellationToken;
        var zaak = Examples.Case("toekenning-een-kind-dagopvang");
        var english = DocumentLanguage.Find("en")!;

        var bundle = await Pipeline.RenderAsync(new DocumentRequest(zaak, Examples.Voorbeeldstad, "toekenning", english) { Bundle = true, Formats = ["html"] }, ct);
        var pipeline = DocumentPipeline.CreateBuilder(Languages.LocaleCopy.Create("locales/en/toekenning/toekenning.sbn-md")).UseHtml().Build();
        var refused = await pipeline.RenderAsync(new DocumentRequest(zaak, Examples.Voorbeeldstad, "toekenning", english), ct);
        var fallback = await pipeline.RenderAsync(new DocumentRequest(zaak, Examples.Voorbeeldstad, "toekenning", english) { FallbackToDutch = true }, ct);

        Assert.Equal(["toekenning.en+nl.html"], bundle.Files.Select(f => f.FileName));
        Assert.Equal([LocalizationCodes.MissingTranslation.Id], refused.Diagnostics.Select(d => d.Code));
        Assert.Empty(refused.Files);
        Assert.Equal(["toekenning.en.html"], fallback.Files.Select(f => f.FileName));
        var warning = Assert.Single(fallback.Diagnostics);
        Assert.Equal((LocalizationCodes.Fallback.Id, Severity.Warning, "locales/en/toekenning/toekenning.sbn-md"), (warning.Code, warning.Severity, warning.Location.File));
    }

    [Fact]
    public async Task One_pipeline_shared_by_many_threads_gives_each_request_the_bytes_it_gives_alone()
    {
        var ct = TestContext.Current.CancellationToken;
        var requests = TestPaths.ToekenningCases.Select(name => new DocumentRequest(Examples.Case(name), Examples.Voorbeeldstad, "toekenning", DocumentLanguage.Dutch))
            .Concat(TestPaths.AfwijzingCases.Select(name => new DocumentRequest(Examples.Case(name), Examples.Voorbeeldstad, "afwijzing", DocumentLanguage.Find("ar")!)))
            .ToList();
        var alone = new List<RenderResult>();
        foreach (var request in requests)
        {
            alone.Add(await Pipeline.RenderAsync(request, ct));
        }

        var together = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => Pipeline.RenderAsync(requests[i % requests.Count], ct), ct)));

        for (var i = 0; i < together.Length; i++)
        {
            var expected = alone[i % requests.Count];
            Assert.True(expected.Succeeded);
            Assert.Equal(expected.Files.Select(f => (f.FileName, Convert.ToHexString(f.Content))), together[i].Files.Select(f => (f.FileName, Convert.ToHexString(f.Content))));
        }
    }

    /// <summary>
    /// The example with a berekening block made from our own calculation (as a municipality's system that agrees with
    /// us would send it), optionally with the first child's second month given another municipal share.
    /// </summary>
    private static SmiCase WithOwnBerekening(string caseName, decimal? changeSecondMonthTo)
    {
        var path = TestPaths.Case(caseName);
        var ours = CaseCalculation.Make(Examples.Case(caseName), Examples.Voorbeeldstad.Beleid, TariefTabellen.Standaard).OursOrThrow;
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["berekening"] = new JsonObject
        {
            ["jaar"] = ours.Jaar,
            ["toetsingsinkomen"] = ours.Toetsingsinkomen,
            ["kinderen"] = new JsonArray(ours.Kinderen.Select(kind => (JsonNode)new JsonObject
            {
                ["maanden"] = new JsonArray(kind.Maanden.Select(m => (JsonNode)new JsonObject
                {
                    ["maand"] = string.Create(CultureInfo.InvariantCulture, $"{m.Jaar:D4}-{m.Maand:D2}"),
                    ["uren"] = m.UrenAfgenomen,
                    ["uurprijs"] = m.Uurprijs,
                    ["maximumUurprijs"] = m.MaximumUurprijs,
                    ["percentage"] = m.Percentage,
                    ["gemeente"] = m.Gemeente,
                    ["ouder"] = m.Ouder,
                }).ToArray()),
            }).ToArray()),
        };
        if (changeSecondMonthTo is { } gemeente)
        {
            json["berekening"]!["kinderen"]![0]!["maanden"]![1]!["gemeente"] = gemeente;
        }
        return CaseReader.Read(json.ToJsonString(), caseName + ".json");
    }
}
