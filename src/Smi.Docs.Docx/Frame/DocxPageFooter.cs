using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Documents;
using Smi.Docs.Docx.Package;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Frame;

/// <summary>
/// "SMI-2026-00123 ⇥ Pagina {PAGE} van {NUMPAGES}" on every page. With w:titlePg Word would leave page 1 without a
/// footer unless it has its own first-page footer, so the same footer is written twice (built, saved and deflated once).
/// </summary>
internal static class DocxPageFooter
{
    public static void AddFooters(DocxPackage package, DocxPart main, DocxSectionIds ids, PageFooter footer, DocxLanguage language)
    {
        var saved = DocxZipData.Shared(DocxPart.Serialize(Build(footer, language)));
        package.AddPart(main, ids.FirstFooter, DocxPartType.Footer).Data = saved;
        package.AddPart(main, ids.DefaultFooter, DocxPartType.Footer).Data = saved;
    }

    private static Footer Build(PageFooter footer, DocxLanguage language)
    {
        var paragraph = new Paragraph(DocxParagraphs.Properties(DocxStyleIds.Footer));
        if (!string.IsNullOrEmpty(footer.Text))
        {
            paragraph.Append(language.TextRun(footer.Text));
        }

        paragraph.Append(
            language.ContentRun(new PositionalTab
            {
                Alignment = AbsolutePositionTabAlignmentValues.Right,
                RelativeTo = AbsolutePositionTabPositioningBaseValues.Margin,
                Leader = AbsolutePositionTabLeaderCharValues.None,
            }),
            language.TextRun(footer.PageLabelBefore),
            Field(" PAGE ", language),
            language.TextRun(footer.PageLabelBetween),
            Field(" NUMPAGES ", language));
        if (footer.PageLabelAfter.Length > 0)
        {
            paragraph.Append(language.TextRun(footer.PageLabelAfter));
        }
        return new Footer(paragraph);
    }

    /// <summary>A simple field; the cached result "1" is what readers that do not update fields show.</summary>
    private static SimpleField Field(string instruction, DocxLanguage language) =>
        new(language.TextRun("1")) { Instruction = instruction };
}
