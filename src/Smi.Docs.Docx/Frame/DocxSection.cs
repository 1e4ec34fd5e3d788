using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Documents;

namespace Smi.Docs.Docx.Frame;

/// <summary>A4 portrait, margins from <see cref="EnvelopeWindow"/>, a separate first-page header (w:titlePg).</summary>
internal static class DocxSection
{
    public static SectionProperties Build(DocxSectionIds ids, DocxLanguage language)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.First, Id = ids.FirstHeader },
            new HeaderReference { Type = HeaderFooterValues.Default, Id = ids.DefaultHeader },
            new FooterReference { Type = HeaderFooterValues.First, Id = ids.FirstFooter },
            new FooterReference { Type = HeaderFooterValues.Default, Id = ids.DefaultFooter },
            new PageSize { Width = DocxUnits.A4WidthTwips, Height = DocxUnits.A4HeightTwips, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = DocxUnits.MmToTwips(EnvelopeWindow.PageMarginTopMm),
                Bottom = DocxUnits.MmToTwips(EnvelopeWindow.PageMarginBottomMm),
                Left = (uint)DocxUnits.MmToTwips(EnvelopeWindow.PageMarginLeftMm),
                Right = (uint)DocxUnits.MmToTwips(EnvelopeWindow.PageMarginRightMm),
                Header = (uint)DocxUnits.MmToTwips(DocxPageLayout.HeaderDistanceMm),
                Footer = (uint)DocxUnits.MmToTwips(DocxPageLayout.FooterDistanceMm),
                Gutter = 0U,
            },
            new TitlePage());
        if (language.RightToLeft)
        {
            section.Append(new BiDi());
        }

        return section;
    }
}
