using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Docx;
using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Cli;
using Smi.Docs.Tests.Docx;
using Smi.Docs.Tests.EndToEnd;
using Smi.Docs.Tests.Pdf;

namespace Smi.Docs.Tests.Languages;

/// <summary>--bundle: the translation followed by the Dutch original in one PDF and one DOCX (issue 5 point 5).</summary>
public sealed class BundleTests(ChromiumFixture chromium)
{
    private static IReadOnlyList<Documents.LetterDocument> Bundle(string language) =>
        Examples.Composer.ComposeBundle(Examples.Case("toekenning-een-kind-dagopvang"), Examples.Voorbeeldstad, "toekenning", language);

    [Fact]
    public void The_translation_says_the_dutch_original_follows_and_the_original_has_no_notice()
    {
        var parts = Bundle("uk");

        Assert.Equal(["uk-UA", "nl-NL"], parts.Select(p => p.Info.Language));
        Assert.Equal(LanguageMatrix.Texts("uk")["melding.bindendBundel"], parts[0].Frame.Notice!.Text);
        Assert.Null(parts[1].Frame.Notice);
    }

    [NeedsChromium, NeedsPoppler]
    [Fact]
    public async Task The_pdf_holds_the_translation_and_then_the_original_each_on_its_own_pages()
    {
        var printer = await chromium.GetPrinterAsync();
        var renderer = new PdfDocumentRenderer(new HtmlLetterRenderer(), printer);
        var parts = Bundle("ar");

        var bundle = await renderer.RenderAsync(parts, TestContext.Current.CancellationToken);
        var translation = await renderer.RenderAsync(parts[0], TestContext.Current.CancellationToken);
        var original = await renderer.RenderAsync(parts[1], TestContext.Current.CancellationToken);

        Assert.Equal(PdfTools.PageCount(translation) + PdfTools.PageCount(original), PdfTools.PageCount(bundle));
        Assert.True(PdfTools.IsTagged(bundle));
        Assert.Equal("ar", PdfTools.CatalogLanguage(bundle));
        var text = PdfTools.Text(bundle);
        var notice = text.IndexOf("النص الهولندي وحده هو النص الرسمي", StringComparison.Ordinal);
        var dutch = text.IndexOf("Geachte mevrouw De Wit,", StringComparison.Ordinal);
        Assert.True(notice >= 0 && dutch > notice, "the Arabic translation comes first, then the Dutch original");
        // The original's first page starts on a new sheet and speaks Dutch in its footer.
        Assert.Contains("Pagina ", text[dutch..]);
    }

    [Fact]
    public void The_docx_has_a_section_per_part_with_its_own_footer()
    {
        var docx = new DocxRenderer().Render(Bundle("ar"));

        Assert.Empty(DocxValidation.Errors(docx));
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = package.MainDocumentPart!.Document!.Body!;
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        Assert.NotNull(sections[0].GetFirstChild<BiDi>());
        Assert.Null(sections[1].GetFirstChild<BiDi>());
        var footers = package.MainDocumentPart.FooterParts.Select(f => f.Footer!.InnerText).ToList();
        Assert.Contains(footers, f => f.Contains("الصفحة", StringComparison.Ordinal));
        Assert.Contains(footers, f => f.Contains("Pagina", StringComparison.Ordinal));
        // The Dutch original after an Arabic translation: its paragraphs are left to right and its runs Dutch.
        var salutation = body.Elements<Paragraph>().Single(p => p.InnerText == "Geachte mevrouw De Wit,");
        Assert.False(salutation.ParagraphProperties!.BiDi!.Val!.Value);
        Assert.All(salutation.Elements<Run>(), r => Assert.Equal("nl-NL", r.RunProperties!.Languages!.Val!.Value));
    }

    [Fact]
    public void The_html_has_one_main_and_the_original_as_a_dutch_part_on_a_new_page()
    {
        var html = new HtmlLetterRenderer().Render(Bundle("en"));
        var page = new HtmlParser().ParseDocument(html);

        Assert.Single(page.QuerySelectorAll("main"));
        var original = page.QuerySelector("div.brief.deel-2")!;
        Assert.Equal("nl-NL", original.GetAttribute("lang"));
        Assert.Contains(".deel-2 { page: deel-2; break-before: page; }", html);
        Assert.Matches(new Regex(@"@page deel-2 \{[^}]*Ons kenmerk"), html);
    }

    [Fact]
    public async Task The_cli_writes_one_file_per_format_named_after_both_languages()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("render", TestPaths.Case("toekenning-een-kind-dagopvang"), "--profile", TestPaths.Profile("voorbeeldstad"),
            "--doc", "toekenning", "--lang", "tr", "--bundle", "--format", "html,docx", "--out", output, "--templates", TestPaths.Templates);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Equal([Path.Combine(output, "toekenning.tr+nl.html"), Path.Combine(output, "toekenning.tr+nl.docx")], stdout.Trim().Split('\n'));
    }
}
