namespace Smi.Docs.Docx.Xml;

/// <summary>
/// w:pPr, written in the order the schema demands (pStyle, keepNext, framePr, numPr, bidi, spacing, ind, jc, sectPr)
/// whatever order its parts were set in: the validator rejects any other order. Frames, spacing and indentation are
/// elements without children, so one instance can serve every paragraph and letter.
/// </summary>
internal sealed class DocxParagraphProperties(string styleId)
{
    public string StyleId { get; } = styleId;

    public bool? KeepNext { get; set; }

    public DocxElement? Frame { get; init; }

    public (int NumId, int Level)? Numbering { get; init; }

    /// <summary>w:bidi with its value: set where a paragraph's direction differs from the one its style gives.</summary>
    public bool? BiDi { get; set; }

    public DocxElement? Spacing { get; init; }

    public DocxElement? Indentation { get; init; }

    /// <summary>w:jc's value ("right", "center"), or null to follow the style.</summary>
    public string? Justification { get; init; }

    /// <summary>The section a paragraph ends: every part of a bundle but the last ends in its last paragraph.</summary>
    public DocxElement? Section { get; set; }

    public void WriteTo(DocxXmlWriter writer)
    {
        writer.Raw("<w:pPr><w:pStyle"u8);
        writer.Attribute("w:val"u8, StyleId);
        writer.Raw(" />"u8);
        if (KeepNext is { } keepNext)
        {
            writer.Raw(keepNext ? "<w:keepNext w:val=\"true\" />"u8 : "<w:keepNext w:val=\"false\" />"u8);
        }
        Frame?.WriteTo(writer);
        if (Numbering is var (numId, level))
        {
            writer.Raw("<w:numPr><w:ilvl w:val=\""u8);
            writer.Number(level);
            writer.Raw("\" /><w:numId w:val=\""u8);
            writer.Number(numId);
            writer.Raw("\" /></w:numPr>"u8);
        }
        if (BiDi is { } biDi)
        {
            writer.Raw(biDi ? "<w:bidi w:val=\"true\" />"u8 : "<w:bidi w:val=\"false\" />"u8);
        }
        Spacing?.WriteTo(writer);
        Indentation?.WriteTo(writer);
        if (Justification is not null)
        {
            writer.Raw("<w:jc"u8);
            writer.Attribute("w:val"u8, Justification);
            writer.Raw(" />"u8);
        }
        Section?.WriteTo(writer);
        writer.Raw("</w:pPr>"u8);
    }
}
