using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Pdf;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class ToekenningPdfTests(ChromiumFixture chromium)
{
    public static TheoryData<string> Cases => [.. TestPaths.ToekenningCases];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Pdf_page_count_and_text_match_the_approved_snapshot(string caseName)
    {
        var pdf = await RenderAsync(caseName);

        Approvals.Verify($"pages: {PdfTools.PageCount(pdf)}\n\n{PdfTools.Text(pdf)}", $"toekenning.{caseName}.pdf", "txt");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Pdf_is_tagged_with_embedded_fonts_and_one_to_three_pages(string caseName)
    {
        var pdf = await RenderAsync(caseName);

        Assert.True(PdfTools.IsTagged(pdf));
        Assert.InRange(PdfTools.PageCount(pdf), 1, 3);
        Assert.Equal("nl-NL", PdfTools.CatalogLanguage(pdf));
        var fonts = PdfTools.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Pdf_text_names_the_children_the_period_the_amounts_and_the_objection_term(string caseName)
    {
        var zaak = Examples.Case(caseName);
        var text = Normalize(PdfTools.Text(await RenderAsync(caseName)));

        Assert.All(zaak.Kinderen, kind => Assert.Contains(kind.Voornaam, text));
        Assert.Contains("1 december 2026", text);
        Assert.Contains("31 mei 2027", text);
        var totaal = zaak.Berekening?.Kinderen.Sum(k => k.Maanden.Sum(m => m.Gemeente))
            ?? EigenBijdrageCalculator.Bereken(zaak, Examples.Voorbeeldstad.Beleid, TariefTabellen.Standaard).TotaalGemeente;
        Assert.Contains("€ " + totaal.ToString("#,##0.00", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), text);
        Assert.Contains("binnen zes weken", text);
        Assert.Contains("Pagina 1 van", text);
    }

    [Fact]
    public async Task Same_input_gives_the_same_pdf_text_and_metadata()
    {
        var first = await RenderAsync(TestPaths.ToekenningCases[1]);
        var second = await RenderAsync(TestPaths.ToekenningCases[1]);

        Assert.Equal(PdfTools.Text(first), PdfTools.Text(second));
        Assert.Equal(PdfTools.Info(first), PdfTools.Info(second));
    }

    private async Task<byte[]> RenderAsync(string caseName)
    {
        var renderer = new PdfDocumentRenderer(new HtmlLetterRenderer(), await chromium.GetPrinterAsync());
        return await renderer.RenderAsync(Examples.Toekenning(caseName), TestContext.Current.CancellationToken);
    }

    private static string Normalize(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace('\u00A0', ' '), @"[ \t]+", " ");
}
