using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Docx;
using Smi.Docs.Formatting;
using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Docx;
using Smi.Docs.Tests.EndToEnd;
using Smi.Docs.Tests.Pdf;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.Languages;

/// <summary>
/// Snapshots of every document × translation × format for the basislijn profile, and in each the language tag, the
/// direction and the notice that only the Dutch text is official (issue 5 points 4, 5 and 7).
/// </summary>
public sealed class LanguageMatrixTests(ChromiumFixture chromium)
{
    public static TheoryData<string, string> All => LanguageMatrix.All();

    [Theory]
    [MemberData(nameof(All))]
    public void Html_has_the_language_its_direction_and_the_binding_text_notice(string document, string language)
    {
        var expected = DocumentLanguage.Find(language)!;
        var html = new HtmlLetterRenderer().Render(LanguageMatrix.Compose(document, language));
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal(expected.Tag, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(expected.Direction == Documents.TextDirection.RightToLeft ? "rtl" : "ltr", page.DocumentElement.GetAttribute("dir"));
        var notice = Assert.Single(page.QuerySelectorAll("p.melding[role=note]"));
        Assert.Equal(LanguageMatrix.Texts(language)["melding.bindend"], notice.TextContent);
        Approvals.Verify(HtmlSnapshot.Normalize(html), $"{document}.{language}", "html");
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Docx_is_valid_in_its_language_and_direction(string document, string language)
    {
        var expected = DocumentLanguage.Find(language)!;
        var docx = new DocxRenderer().Render(LanguageMatrix.Compose(document, language));

        Assert.Empty(DocxValidation.Errors(docx));
        using (var package = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var main = package.MainDocumentPart!;
            var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Languages>()!;
            Assert.Equal(expected.Tag, defaults.Val!.Value);
            var rightToLeft = expected.Direction == Documents.TextDirection.RightToLeft;
            Assert.Equal(rightToLeft, main.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<BiDi>() is not null);
            // Word shapes and orders a run as Arabic only with w:rtl; the Dutch address block is the one exception.
            var bodyRuns = main.Document.Body.Descendants<Run>().Where(r => r.InnerText.Length > 0 && r.Ancestors<Paragraph>().First().ParagraphProperties?.FrameProperties is null).ToList();
            Assert.All(bodyRuns, r => Assert.Equal(rightToLeft, r.RunProperties?.RightToLeftText is not null));
            Assert.Equal(LanguageMatrix.Texts(language)["melding.bindend"],
                main.Document.Body.Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Melding").InnerText);
        }
        Approvals.Verify(DocxDump.Dump(docx), $"{document}.{language}.docx", "txt");
    }

    [NeedsChromium, NeedsPoppler]
    [Theory]
    [MemberData(nameof(All))]
    public async Task Pdf_is_tagged_in_its_language_with_its_own_fonts_embedded(string document, string language)
    {
        var expected = DocumentLanguage.Find(language)!;
        var renderer = new PdfDocumentRenderer(new HtmlLetterRenderer(), await chromium.GetPrinterAsync());
        var pdf = await renderer.RenderAsync(LanguageMatrix.Compose(document, language), TestContext.Current.CancellationToken);

        Assert.True(PdfTools.IsTagged(pdf));
        Assert.Equal(expected.Tag, PdfTools.CatalogLanguage(pdf));
        var fonts = PdfTools.Fonts(pdf);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        // A font outside the stacks of letter.css means a glyph fell back to whatever the system had (pdf-probe §2).
        Assert.All(fonts, f => Assert.Contains("Noto", f.Name));
        var text = Regex.Replace(PdfTools.Text(pdf), @"[\u202A-\u202E]", "");
        Assert.Contains(LanguageMatrix.Texts(language)["melding.bindend"].Split(' ')[0], text);
        Approvals.Verify($"pages: {PdfTools.PageCount(pdf)}\n\n{text}", $"{document}.{language}.pdf", "txt");
    }
}
