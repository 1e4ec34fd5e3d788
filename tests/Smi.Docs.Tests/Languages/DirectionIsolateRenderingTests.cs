using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Documents;
using Smi.Docs.Docx;
using Smi.Docs.Html;
using Smi.Docs.Tests.Docx;

namespace Smi.Docs.Tests.Languages;

/// <summary>One isolate node, one rendering per format: bdi in HTML, U+2068 … U+2069 inside the text's run in DOCX.</summary>
public sealed class DirectionIsolateRenderingTests
{
    private static readonly LetterDocument Letter = DocxSamples.Letter(
        new DocumentInfo("toekenning", "ar", Smi.Docs.Documents.TextDirection.RightToLeft, "قرار", "رعاية", "Gemeente Beemster", DocxSamples.Timestamp),
        "في \u20685 أكتوبر 2026\u2069 استلمنا **\u2068Noor\u2069**",
        null,
        null);

    [Fact]
    public void Html_writes_an_isolate_as_bdi_and_no_marks()
    {
        var html = new HtmlLetterRenderer().Render(Letter);

        Assert.Contains("<p>في <bdi>5 أكتوبر 2026</bdi> استلمنا <strong><bdi>Noor</bdi></strong></p>", html);
        Assert.Contains("<dd><bdi>SMI-2026-00123</bdi></dd>", html);
        Assert.DoesNotContain('\u2068', html);
        Assert.DoesNotContain('\u2069', html);
    }

    [Fact]
    public void Docx_keeps_the_marks_inside_the_run_of_the_text_around_them()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(new DocxRenderer().Render(Letter)), false);
        var runs = package.MainDocumentPart!.Document!.Body!.Descendants<Run>().Select(r => r.InnerText).ToList();

        Assert.Contains("في \u20685 أكتوبر 2026\u2069 استلمنا ", runs);
        Assert.Contains("\u2068Noor\u2069", runs);
        Assert.Contains("\u2068SMI-2026-00123\u2069", runs);
    }

    [Fact]
    public void A_left_to_right_letter_isolates_no_frame_value()
    {
        var html = new HtmlLetterRenderer().Render(DocxSamples.Rich());

        Assert.Contains("<dd>SMI-2026-00123</dd>", html);
        Assert.DoesNotContain("<bdi>", html);
    }
}
