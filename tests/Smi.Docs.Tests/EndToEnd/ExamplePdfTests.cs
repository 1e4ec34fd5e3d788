using System.Globalization;
using System.Text.RegularExpressions;
using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Pdf;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// The examples printed by Chromium: snapshots of the ones the document matrix does not render, and for every example
/// what the matrix does not check (the catalogue language, a page limit per kind of document).
/// </summary>
[NeedsChromium, NeedsPoppler]
public sealed class ExamplePdfTests(ChromiumFixture chromium)
{
    public static TheoryData<string, string?, string> All => DocumentExamples.AllRows();

    public static TheoryData<string, string?, string> BeyondMatrix => DocumentExamples.BeyondMatrix();

    public static TheoryData<string, string, string> Toekenningen => DocumentExamples.LettersOf("toekenning");

    [Theory]
    [MemberData(nameof(BeyondMatrix))]
    public async Task Pdf_page_count_and_text_match_the_approved_snapshot(string document, string? caseName, string profile)
    {
        var pdf = await RenderAsync(document, caseName, profile);

        Approvals.Verify($"pages: {PdfTools.PageCount(pdf)}\n\n{PdfTools.Text(pdf)}", DocumentExamples.SnapshotName(document, caseName, profile) + ".pdf", "txt");
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task Pdf_is_tagged_dutch_with_embedded_fonts_and_within_its_page_limit(string document, string? caseName, string profile)
    {
        var pdf = await RenderAsync(document, caseName, profile);

        Assert.True(PdfTools.IsTagged(pdf));
        Assert.InRange(PdfTools.PageCount(pdf), 1, MaxPages(document));
        Assert.Equal("nl-NL", PdfTools.CatalogLanguage(pdf));
        var fonts = PdfTools.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
    }

    [Theory]
    [MemberData(nameof(Toekenningen))]
    public async Task Toekenning_names_the_children_the_period_the_amounts_and_the_objection_term(string document, string caseName, string profile)
    {
        var zaak = Examples.Case(caseName);
        var text = Regex.Replace(PdfTools.Text(await RenderAsync(document, caseName, profile)).Replace('\u00A0', ' '), @"[ \t]+", " ");

        Assert.All(zaak.Kinderen, kind => Assert.Contains(kind.Voornaam, text));
        Assert.Contains(zaak.Periode!.Begin.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL")), text);
        Assert.Contains(zaak.Periode.Eind.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL")), text);
        var totaal = zaak.Berekening?.Kinderen.Sum(k => k.Maanden.Sum(m => m.Gemeente))
            ?? EigenBijdrageCalculator.Bereken(zaak, Examples.Profile(profile).Beleid, TariefTabellen.Standaard).TotaalGemeente;
        Assert.Contains("€ " + totaal.ToString("#,##0.00", CultureInfo.GetCultureInfo("nl-NL")), text);
        Assert.Contains("binnen zes weken", text);
        Assert.Contains("Pagina 1 van", text);
    }

    [Fact]
    public async Task Form_shows_empty_and_ticked_checkboxes()
    {
        var blank = PdfTools.Text(await RenderAsync("aanvraagformulier", null, "voorbeeldstad"));
        var filled = PdfTools.Text(await RenderAsync("aanvraagformulier", "aanvraagformulier-voorgevuld", "voorbeeldstad"));

        Assert.Contains("\u2610", blank);
        Assert.DoesNotContain("\u2612", blank);
        Assert.Contains("\u2612", filled);
    }

    [Fact]
    public async Task Publiekstekst_is_a_leaflet_with_the_letterhead_but_no_salutation_or_signature()
    {
        var text = PdfTools.Text(await RenderAsync("publiekstekst", null, "voorbeeldstad"));

        Assert.Contains("Gemeente Voorbeeldstad", text);
        Assert.DoesNotContain("Geachte", text);
        Assert.DoesNotContain("namens", text);
    }

    [Fact]
    public async Task Same_input_gives_the_same_pdf_text_and_metadata()
    {
        var first = await RenderAsync("toekenning", TestPaths.ToekenningCases[1], "voorbeeldstad");
        var second = await RenderAsync("toekenning", TestPaths.ToekenningCases[1], "voorbeeldstad");

        Assert.Equal(PdfTools.Text(first), PdfTools.Text(second));
        Assert.Equal(PdfTools.Info(first), PdfTools.Info(second));
    }

    /// <summary>A letter fits on three pages, a request for missing data on two; a form or leaflet may take six.</summary>
    private static int MaxPages(string document) => document switch
    {
        "toekenning" or "verlenging" or "afwijzing" => 3,
        OntbrekendeGegevensCases.DocumentId => 2,
        _ => 6,
    };

    private async Task<byte[]> RenderAsync(string document, string? caseName, string profile)
    {
        var renderer = new PdfDocumentRenderer(new HtmlLetterRenderer(), await chromium.GetPrinterAsync());
        return await renderer.RenderAsync(DocumentExamples.Compose(document, caseName, profile), TestContext.Current.CancellationToken);
    }
}
