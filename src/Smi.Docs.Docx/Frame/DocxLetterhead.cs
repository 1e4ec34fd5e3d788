using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Documents;
using Smi.Docs.Docx.Package;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Frame;

/// <summary>
/// Page 1 carries the full letterhead (logo, name, contact lines beside the window); later pages only the name in
/// a small header. Word shows the first-page header because the section has w:titlePg.
/// </summary>
internal static class DocxLetterhead
{
    /// <param name="addressWindow">False for a form: the contact lines move up beside the name and the body starts higher.</param>
    public static void AddHeaders(DocxPackage package, DocxPart main, DocxSectionIds ids, Letterhead letterhead, DocxLanguage language, bool addressWindow = true)
    {
        var first = package.AddPart(main, ids.FirstHeader, DocxPartType.Header);
        // The letterhead is the same in every letter of a municipality and language: its deflated bytes are reused.
        first.Element = FirstHeader(package, first, letterhead, language, addressWindow);
        first.Repeats = true;

        var following = package.AddPart(main, ids.DefaultHeader, DocxPartType.Header);
        following.Element = new Header(new Paragraph(DocxParagraphs.Properties(DocxStyleIds.Header), language.TextRun(letterhead.MunicipalityName)));
        following.Repeats = true;
    }

    private static Header FirstHeader(DocxPackage package, DocxPart part, Letterhead letterhead, DocxLanguage language, bool addressWindow)
    {
        var header = new Header();
        // Declared once on the root instead of on every element that uses them.
        header.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        header.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        header.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        header.AddNamespaceDeclaration("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
        if (DocxLogo.CanEmbed(letterhead.Logo))
        {
            header.Append(new Paragraph(
                DocxParagraphs.Properties(DocxStyleIds.Briefhoofd, frame: DocxPageLayout.LetterheadFrame()),
                language.ContentRun(DocxLogo.Embed(package, part, letterhead.Logo!))));
        }

        header.Append(new Paragraph(
            DocxParagraphs.Properties(DocxStyleIds.Briefhoofd, frame: DocxPageLayout.LetterheadFrame()),
            language.TextRun(letterhead.MunicipalityName)));

        foreach (var contact in letterhead.ContactLines)
        {
            var line = contact.Value is null ? contact.Text : $"{contact.Text} {language.FrameValue(contact.Value)}";
            var properties = DocxParagraphs.Properties(DocxStyleIds.Header, frame: DocxPageLayout.ContactFrame(addressWindow, language.RightToLeft));
            // In a right-to-left letter a Dutch line ("1200 AB Voorbeeldstad") reads left to right; a labelled one does not.
            if (language.RightToLeft && !DocxLanguage.StartsRightToLeft(line))
            {
                properties.BiDi = new BiDi { Val = false };
            }
            header.Append(new Paragraph(properties, language.TextRun(line)));
        }

        header.Append(new Paragraph(DocxParagraphs.Properties(
            DocxStyleIds.Header,
            spacing: new SpacingBetweenLines
            {
                Before = "0",
                After = "0",
                Line = DocxUnits.Twips(DocxPageLayout.FirstHeaderSpacerTwips(addressWindow)),
                LineRule = LineSpacingRuleValues.Exact,
            })));
        return header;
    }
}
