using Smi.Docs.Docx;

namespace Smi.Docs.Tests.Docx;

/// <summary>Arabic service copies: right-to-left paragraphs, runs, tables and section, Arabic language and font.</summary>
public sealed class DocxRightToLeftTests
{
    private static readonly byte[] Arabic = new DocxRenderer().Render(DocxSamples.Arabic());

    [Fact]
    public void Paragraph_styles_and_section_are_right_to_left()
    {
        var styles = DocxZip.Text(Arabic, "word/styles.xml");
        Assert.Contains("<w:pPr><w:bidi />", styles);
        Assert.Contains("w:cs=\"Noto Naskh Arabic\"", styles);
        Assert.Contains("<w:lang w:val=\"ar-MA\" w:bidi=\"ar-MA\" />", styles);
        Assert.EndsWith("<w:titlePg /><w:bidi /></w:sectPr></w:body></w:document>", DocxZip.Text(Arabic, "word/document.xml"));
    }

    [Fact]
    public void Every_run_but_the_dutch_address_is_marked_rtl_and_tables_are_mirrored()
    {
        var document = DocxZip.Text(Arabic, "word/document.xml");
        var runs = System.Text.RegularExpressions.Regex.Matches(document, "<w:r>").Count;
        // The address in the envelope window is Dutch for PostNL: left-to-right runs tagged nl-NL.
        var addressRuns = System.Text.RegularExpressions.Regex.Matches(document, "<w:lang w:val=\"nl-NL\" />").Count;
        Assert.True(runs > 5);
        Assert.True(addressRuns > 0);
        Assert.Equal(runs - addressRuns, System.Text.RegularExpressions.Regex.Matches(document, "<w:rtl />").Count);
        Assert.Contains("<w:bidiVisual />", document);
        Assert.Contains("<w:rtl />", DocxZip.Text(Arabic, "word/footer1.xml"));
    }

    [Fact]
    public void Dump_shows_direction_and_arabic_text()
    {
        var dump = DocxDump.Dump(Arabic);
        Assert.Contains("language=ar-MA", dump);
        Assert.Contains("own first-page header, right-to-left", dump);
        Assert.Contains("[Heading1] ماذا قررنا؟", dump);
        Assert.Contains("table SmiTabel, 2 columns (left, right), right-to-left", dump);
    }

    [Fact]
    public void Left_to_right_letter_has_no_direction_marks()
    {
        var docx = new DocxRenderer().Render(DocxSamples.Rich());
        Assert.DoesNotContain("<w:rtl />", DocxZip.Text(docx, "word/document.xml"));
        Assert.DoesNotContain("<w:bidi />", DocxZip.Text(docx, "word/styles.xml"));
    }
}
