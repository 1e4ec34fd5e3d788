using Smi.Docs.Documents;
using Smi.Docs.Docx.Package;
using Smi.Docs.Docx.Styling;
using Smi.Docs.Docx.Xml;

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
        following.Element = new DocxElement("w:hdr", ("xmlns:w", DocxNamespaces.Wordprocessing))
            .With(new DocxParagraph(new(DocxStyleIds.Header), language.TextRun(letterhead.MunicipalityName)));
        following.Repeats = true;
    }

    private static DocxElement FirstHeader(DocxPackage package, DocxPart part, Letterhead letterhead, DocxLanguage language, bool addressWindow)
    {
        // The drawing's namespaces are declared once on the root instead of on every element that uses them.
        var header = new DocxElement(
            "w:hdr",
            ("xmlns:r", DocxNamespaces.Relationships),
            ("xmlns:wp", DocxNamespaces.WordprocessingDrawing),
            ("xmlns:a", DocxNamespaces.Drawing),
            ("xmlns:pic", DocxNamespaces.Picture),
            ("xmlns:w", DocxNamespaces.Wordprocessing));
        if (DocxLogo.CanEmbed(letterhead.Logo))
        {
            header.Append(new DocxParagraph(
                new(DocxStyleIds.Briefhoofd) { Frame = DocxPageLayout.LetterheadFrame },
                language.ContentRun(DocxLogo.Embed(package, part, letterhead.Logo!))));
        }

        header.Append(new DocxParagraph(
            new(DocxStyleIds.Briefhoofd) { Frame = DocxPageLayout.LetterheadFrame },
            language.TextRun(letterhead.MunicipalityName)));

        foreach (var contact in letterhead.ContactLines)
        {
            var line = contact.Value is null ? contact.Text : $"{contact.Text} {language.FrameValue(contact.Value)}";
            var properties = new DocxParagraphProperties(DocxStyleIds.Header) { Frame = DocxPageLayout.ContactFrame(addressWindow, language.RightToLeft) };
            // In a right-to-left letter a Dutch line ("1200 AB Voorbeeldstad") reads left to right; a labelled one does not.
            if (language.RightToLeft && !DocxLanguage.StartsRightToLeft(line))
            {
                properties.BiDi = false;
            }
            header.Append(new DocxParagraph(properties, language.TextRun(line)));
        }

        header.Append(new DocxParagraph(new(DocxStyleIds.Header)
        {
            Spacing = new DocxElement(
                "w:spacing",
                ("w:before", "0"),
                ("w:after", "0"),
                ("w:line", DocxUnits.Twips(DocxPageLayout.FirstHeaderSpacerTwips(addressWindow))),
                ("w:lineRule", "exact")),
        }));
        return header;
    }
}
