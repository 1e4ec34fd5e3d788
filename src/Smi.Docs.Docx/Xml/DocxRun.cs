namespace Smi.Docs.Docx.Xml;

/// <summary>
/// w:r: its properties in schema order (rStyle, b, bCs, i, iCs, rtl, lang), then either text, kept with its spaces
/// because Markdown inlines often start or end with one, or one other element (a tab, a break, a drawing).
/// </summary>
internal sealed class DocxRun : DocxNode
{
    public string? Style { get; init; }

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    /// <summary>w:rtl: Word shapes and orders the run as Arabic.</summary>
    public bool RightToLeft { get; init; }

    /// <summary>w:lang, where the run's language is not the one the styles give.</summary>
    public DocxLanguage? Language { get; set; }

    public string? Text { get; set; }

    public DocxNode? Content { get; init; }

    public override void WriteTo(DocxXmlWriter writer)
    {
        writer.Raw("<w:r>"u8);
        if (Style is not null || Bold || Italic || RightToLeft || Language is not null)
        {
            WriteProperties(writer);
        }
        if (Text is not null)
        {
            writer.Raw("<w:t xml:space=\"preserve\">"u8);
            writer.Text(Text);
            writer.Raw("</w:t>"u8);
        }
        else
        {
            Content?.WriteTo(writer);
        }
        writer.Raw("</w:r>"u8);
    }

    private void WriteProperties(DocxXmlWriter writer)
    {
        writer.Raw("<w:rPr>"u8);
        if (Style is not null)
        {
            writer.Raw("<w:rStyle"u8);
            writer.Attribute("w:val"u8, Style);
            writer.Raw(" />"u8);
        }
        if (Bold)
        {
            writer.Raw("<w:b /><w:bCs />"u8);
        }
        if (Italic)
        {
            writer.Raw("<w:i /><w:iCs />"u8);
        }
        if (RightToLeft)
        {
            writer.Raw("<w:rtl />"u8);
        }
        if (Language is { } language)
        {
            // Word reads w:bidi for right-to-left text; w:val stays the same tag so spelling picks the right dictionary.
            writer.Raw("<w:lang"u8);
            writer.Attribute("w:val"u8, language.Tag);
            if (language.RightToLeft)
            {
                writer.Attribute("w:bidi"u8, language.Tag);
            }
            writer.Raw(" />"u8);
        }
        writer.Raw("</w:rPr>"u8);
    }
}
