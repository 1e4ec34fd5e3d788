using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Pdf;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class AanvraagformulierPdfTests(ChromiumFixture chromium)
{
    public static TheoryData<string> Forms => FormExample.Names;

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Pdf_page_count_and_text_match_the_approved_snapshot(string name)
    {
        var pdf = await RenderAsync(name);

        Approvals.Verify($"pages: {PdfTools.PageCount(pdf)}\n\n{PdfTools.Text(pdf)}", $"formulier.{name}.pdf", "txt");
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Pdf_is_tagged_with_embedded_fonts(string name)
    {
        var pdf = await RenderAsync(name);

        Assert.True(PdfTools.IsTagged(pdf));
        Assert.InRange(PdfTools.PageCount(pdf), 1, 6);
        Assert.Equal("nl-NL", PdfTools.CatalogLanguage(pdf));
        var fonts = PdfTools.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
    }

    [Fact]
    public async Task Pdf_shows_empty_and_ticked_checkboxes()
    {
        var blank = PdfTools.Text(await RenderAsync("aanvraagformulier-leeg"));
        var filled = PdfTools.Text(await RenderAsync("aanvraagformulier-voorgevuld"));

        Assert.Contains("\u2610", blank);
        Assert.DoesNotContain("\u2612", blank);
        Assert.Contains("\u2612", filled);
    }

    private async Task<byte[]> RenderAsync(string name)
    {
        var renderer = new PdfDocumentRenderer(new HtmlLetterRenderer(), await chromium.GetPrinterAsync());
        return await renderer.RenderAsync(Examples.Form(FormExample.Named(name)), TestContext.Current.CancellationToken);
    }
}
