namespace Smi.Docs.Docx.Xml;

/// <summary>
/// A node of a part's WordprocessingML, as lean as our renderers need: it writes itself (see <see cref="DocxXmlWriter"/>)
/// in the shape and order the schema demands, so nothing is sorted or validated while a letter is written.
/// </summary>
internal abstract class DocxNode
{
    public abstract void WriteTo(DocxXmlWriter writer);
}
