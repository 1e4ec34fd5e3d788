using Smi.Docs.Documents;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Frame;

/// <summary>A4 portrait, margins from <see cref="EnvelopeWindow"/>, a separate first-page header (w:titlePg).</summary>
internal static class DocxSection
{
    /// <summary>The page size, margins and title page are the same in every section of every letter.</summary>
    private static readonly DocxElement[] Page =
    [
        new("w:pgSz", ("w:w", DocxUnits.Twips(DocxUnits.A4WidthTwips)), ("w:h", DocxUnits.Twips(DocxUnits.A4HeightTwips)), ("w:orient", "portrait")),
        new(
            "w:pgMar",
            ("w:top", Mm(EnvelopeWindow.PageMarginTopMm)),
            ("w:right", Mm(EnvelopeWindow.PageMarginRightMm)),
            ("w:bottom", Mm(EnvelopeWindow.PageMarginBottomMm)),
            ("w:left", Mm(EnvelopeWindow.PageMarginLeftMm)),
            ("w:header", Mm(DocxPageLayout.HeaderDistanceMm)),
            ("w:footer", Mm(DocxPageLayout.FooterDistanceMm)),
            ("w:gutter", "0")),
        new("w:titlePg"),
    ];

    private static readonly DocxElement RightToLeftSection = new("w:bidi");

    public static DocxElement Build(DocxSectionIds ids, DocxLanguage language)
    {
        var section = new DocxElement("w:sectPr").With(
            Reference("w:headerReference", "first", ids.FirstHeader),
            Reference("w:headerReference", "default", ids.DefaultHeader),
            Reference("w:footerReference", "first", ids.FirstFooter),
            Reference("w:footerReference", "default", ids.DefaultFooter));
        section.AppendRange(Page);
        if (language.RightToLeft)
        {
            section.Append(RightToLeftSection);
        }

        return section;
    }

    private static DocxElement Reference(string name, string type, string id) => new(name, ("w:type", type), ("r:id", id));

    private static string Mm(double mm) => DocxUnits.Twips(DocxUnits.MmToTwips(mm));
}
