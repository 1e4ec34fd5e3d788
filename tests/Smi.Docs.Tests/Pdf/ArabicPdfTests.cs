namespace Smi.Docs.Tests.Pdf;

/// <summary>Right-to-left Arabic must be shaped (HarfBuzz) and extract in logical order for screen readers.</summary>
[NeedsChromium, NeedsPoppler]
public sealed class ArabicPdfTests(ChromiumFixture chromium)
{
    private Task<byte[]> PrintAsync() => chromium.PrintAsync(PdfSamples.ArabicLetter(), new DateTime(2026, 4, 1));

    [Fact]
    public async Task Arabic_text_extracts_in_logical_order()
    {
        var text = PdfTools.Text(await PrintAsync());

        foreach (var sentence in PdfSamples.ArabicSentences)
        {
            Assert.Contains(sentence, text);
        }
    }

    [Fact]
    public async Task Arabic_is_shaped_in_Noto_Naskh_not_drawn_as_presentation_forms()
    {
        var pdf = await PrintAsync();
        var text = PdfTools.Text(pdf);

        // Text drawn without shaping often carries Arabic Presentation Forms (U+FB50–U+FDFF, U+FE70–U+FEFC);
        // shaped output maps its contextual glyphs back to the base letters through ToUnicode.
        Assert.DoesNotContain(text, c => c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC'));
        Assert.Contains(PdfTools.Fonts(pdf), font => font.Name.EndsWith("+NotoNaskhArabic-Regular", StringComparison.Ordinal) && font.Embedded);
    }

    [Fact]
    public async Task Catalog_language_is_arabic_and_document_is_tagged()
    {
        var pdf = await PrintAsync();

        Assert.Equal("ar", PdfTools.CatalogLanguage(pdf));
        Assert.True(PdfTools.IsTagged(pdf));
        Assert.Equal(1, PdfTools.PageCount(pdf));
    }
}
