namespace Smi.Docs.Docx.Xml;

/// <summary>w:p: its properties, then runs, hyperlinks and fields.</summary>
internal sealed class DocxParagraph : DocxContainer
{
    public DocxParagraph(DocxParagraphProperties properties, params IEnumerable<DocxNode> children)
    {
        Properties = properties;
        AppendRange(children);
    }

    public DocxParagraphProperties Properties { get; }

    public override void WriteTo(DocxXmlWriter writer)
    {
        writer.Raw("<w:p>"u8);
        Properties.WriteTo(writer);
        WriteChildren(writer);
        writer.Raw("</w:p>"u8);
    }
}
