using DocumentFormat.OpenXml.Wordprocessing;

namespace Smi.Docs.Docx;

/// <summary>Paragraph properties in the order the schema demands (pStyle, keepNext, framePr, numPr, spacing, ind, jc).</summary>
internal static class DocxParagraphs
{
    public static ParagraphProperties Properties(
        string styleId,
        bool? keepNext = null,
        FrameProperties? frame = null,
        NumberingProperties? numbering = null,
        SpacingBetweenLines? spacing = null,
        Indentation? indentation = null,
        JustificationValues? justification = null)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = styleId });
        if (keepNext is { } keep)
        {
            properties.Append(new KeepNext { Val = keep });
        }

        if (frame is not null)
        {
            properties.Append(frame);
        }

        if (numbering is not null)
        {
            properties.Append(numbering);
        }

        if (spacing is not null)
        {
            properties.Append(spacing);
        }

        if (indentation is not null)
        {
            properties.Append(indentation);
        }

        if (justification is { } jc)
        {
            properties.Append(new Justification { Val = jc });
        }

        return properties;
    }

    public static NumberingProperties Numbering(int numId, int level) =>
        new(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });
}
