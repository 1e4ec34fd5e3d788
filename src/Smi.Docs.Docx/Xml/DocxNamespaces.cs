namespace Smi.Docs.Docx.Xml;

/// <summary>The namespaces our parts declare on their root element.</summary>
internal static class DocxNamespaces
{
    public const string Wordprocessing = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string WordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public const string Drawing = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string Picture = "http://schemas.openxmlformats.org/drawingml/2006/picture";
}
