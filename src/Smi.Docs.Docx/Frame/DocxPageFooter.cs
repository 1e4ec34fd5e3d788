using Smi.Docs.Documents;
using Smi.Docs.Docx.Package;
using Smi.Docs.Docx.Styling;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Frame;

/// <summary>
/// "SMI-2026-00123 ⇥ Pagina {PAGE} van {NUMPAGES}" on every page. With w:titlePg Word would leave page 1 without a
/// footer unless it has its own first-page footer, so the same footer is written twice (built, saved and deflated once).
/// </summary>
internal static class DocxPageFooter
{
    public static void AddFooters(DocxPackage package, DocxPart main, DocxSectionIds ids, PageFooter footer, DocxLanguage language)
    {
        var saved = DocxZipData.ForThisLetter(DocxXmlWriter.Part(Build(footer, language)).ToArray());
        package.AddPart(main, ids.FirstFooter, DocxPartType.Footer).Data = saved;
        package.AddPart(main, ids.DefaultFooter, DocxPartType.Footer).Data = saved;
    }

    /// <summary>The page numbers go to the right margin, whatever the footer text's length.</summary>
    private static readonly DocxElement RightMarginTab = new("w:ptab", ("w:alignment", "right"), ("w:relativeTo", "margin"), ("w:leader", "none"));

    private static DocxElement Build(PageFooter footer, DocxLanguage language)
    {
        var paragraph = new DocxParagraph(new(DocxStyleIds.Footer));
        if (!string.IsNullOrEmpty(footer.Text))
        {
            paragraph.Append(language.TextRun(footer.Text));
        }

        paragraph.Append(language.ContentRun(RightMarginTab));
        paragraph.Append(language.TextRun(footer.PageLabelBefore));
        paragraph.Append(Field(" PAGE ", language));
        paragraph.Append(language.TextRun(footer.PageLabelBetween));
        paragraph.Append(Field(" NUMPAGES ", language));
        if (footer.PageLabelAfter.Length > 0)
        {
            paragraph.Append(language.TextRun(footer.PageLabelAfter));
        }
        return new DocxElement("w:ftr", ("xmlns:w", DocxNamespaces.Wordprocessing)).With(paragraph);
    }

    /// <summary>A simple field; the cached result "1" is what readers that do not update fields show.</summary>
    private static DocxElement Field(string instruction, DocxLanguage language) =>
        new DocxElement("w:fldSimple", ("w:instr", instruction)).With(language.TextRun("1"));
}
