using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Pdf;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class OntbrekendeGegevensPdfTests(ChromiumFixture chromium)
{
    public static TheoryData<string, string> Cases => OntbrekendeGegevensCases.AllWithProfiles();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Pdf_page_count_and_text_match_the_approved_snapshot(string profileId, string caseName)
    {
        var pdf = await RenderAsync(profileId, caseName);

        Approvals.Verify($"pages: {PdfTools.PageCount(pdf)}\n\n{PdfTools.Text(pdf)}", $"ontbrekende-gegevens.{profileId}.{caseName}.pdf", "txt");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Pdf_is_tagged_with_embedded_fonts_and_one_or_two_pages(string profileId, string caseName)
    {
        var pdf = await RenderAsync(profileId, caseName);

        Assert.True(PdfTools.IsTagged(pdf));
        Assert.InRange(PdfTools.PageCount(pdf), 1, 2);
        Assert.Equal("nl-NL", PdfTools.CatalogLanguage(pdf));
        var fonts = PdfTools.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
    }

    private async Task<byte[]> RenderAsync(string profileId, string caseName)
    {
        var renderer = new PdfDocumentRenderer(new HtmlLetterRenderer(), await chromium.GetPrinterAsync());
        return await renderer.RenderAsync(OntbrekendeGegevensCases.Compose(profileId, caseName), TestContext.Current.CancellationToken);
    }
}
