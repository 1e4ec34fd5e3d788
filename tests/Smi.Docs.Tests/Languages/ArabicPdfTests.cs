using System.Text.RegularExpressions;
using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Pdf;

namespace Smi.Docs.Tests.Languages;

/// <summary>
/// Issue 5 point 7: the Arabic PDF's text comes out of pdftotext in logical (reading) order, shaped by an embedded
/// Arabic font, with the amounts and dates of the Dutch original intact.
/// </summary>
[NeedsChromium, NeedsPoppler]
public sealed class ArabicPdfTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Text_comes_out_in_logical_order_with_the_amounts_intact_and_arabic_fonts_embedded()
    {
        var renderer = new PdfDocumentRenderer(new HtmlLetterRenderer(), await chromium.GetPrinterAsync());
        var pdf = await renderer.RenderAsync(LanguageMatrix.Compose("toekenning", "ar"), TestContext.Current.CancellationToken);
        // pdftotext marks right-to-left runs with embedding controls; reading order is what is left.
        var text = Regex.Replace(PdfTools.Text(pdf), @"[\u202A-\u202E]", "");

        // Whole phrases of the translation, letter by letter in reading order (a reversed extraction would not match).
        Assert.Contains("ستحصلون على تعويض عن رعاية الأطفال", text);
        Assert.Contains("النص الهولندي وحده هو النص الرسمي", text);
        // The amounts of the Dutch original (€ 5.886,30 and € 583,80), written with Latin digits.
        Assert.Contains("5,886.30 €", text.Replace('\u00A0', ' '));
        Assert.Contains("583.80 €", text.Replace('\u00A0', ' '));
        Assert.Contains("SMI-2026-000417", text);
        Assert.DoesNotContain('\u2068', text);
        var fonts = PdfTools.Fonts(pdf);
        Assert.Contains(fonts, f => f.Name.EndsWith("NotoNaskhArabic-Regular", StringComparison.Ordinal) && f.Embedded && f.Unicode);
    }
}
