using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Pdf;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class PubliekstekstPdfTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Pdf_page_count_and_text_match_the_approved_snapshot()
    {
        var pdf = await RenderAsync("voorbeeldstad");

        Approvals.Verify($"pages: {PdfTools.PageCount(pdf)}\n\n{PdfTools.Text(pdf)}", "publiekstekst.voorbeeldstad.pdf", "txt");
    }

    [Fact]
    public async Task Pdf_is_a_tagged_leaflet_with_embedded_fonts()
    {
        var pdf = await RenderAsync("voorbeeldstad");

        Assert.True(PdfTools.IsTagged(pdf));
        Assert.InRange(PdfTools.PageCount(pdf), 1, 6);
        Assert.Equal("nl-NL", PdfTools.CatalogLanguage(pdf));
        var fonts = PdfTools.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        var text = PdfTools.Text(pdf);
        Assert.Contains("Gemeente Voorbeeldstad", text);
        Assert.DoesNotContain("Geachte", text);
        Assert.DoesNotContain("namens", text);
    }

    private async Task<byte[]> RenderAsync(string profile)
    {
        var renderer = new PdfDocumentRenderer(new HtmlLetterRenderer(), await chromium.GetPrinterAsync());
        return await renderer.RenderAsync(Examples.Publiekstekst(profile), TestContext.Current.CancellationToken);
    }
}
