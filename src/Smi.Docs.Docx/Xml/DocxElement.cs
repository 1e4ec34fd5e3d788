namespace Smi.Docs.Docx.Xml;

/// <summary>
/// Any other element, named with its prefix ("w:tbl", "wp:inline"), its attributes in schema order. An element
/// without children is written empty (<c>&lt;w:tblHeader /&gt;</c>); one that never gets children is immutable and can
/// be shared between letters (a frame, a tab).
/// </summary>
internal sealed class DocxElement(string name, params (string Name, string Value)[] attributes) : DocxContainer
{
    /// <summary>Appends <paramref name="children"/> and returns the element, so a constant subtree reads as one expression.</summary>
    public DocxElement With(params IEnumerable<DocxNode> children)
    {
        AppendRange(children);
        return this;
    }

    public override void WriteTo(DocxXmlWriter writer)
    {
        writer.Raw("<"u8);
        writer.Name(name);
        foreach (var (attributeName, value) in attributes)
        {
            writer.Attribute(attributeName, value);
        }
        if (!HasChildren)
        {
            writer.Raw(" />"u8);
            return;
        }
        writer.Raw(">"u8);
        WriteChildren(writer);
        writer.Raw("</"u8);
        writer.Name(name);
        writer.Raw(">"u8);
    }
}
