using System.Text;

namespace Smi.Docs.Docx.Xml;

/// <summary>A node that holds others in document order: the body, a table cell, a paragraph, a hyperlink.</summary>
internal abstract class DocxContainer : DocxNode
{
    /// <summary>
    /// The children in an array of our own rather than a List: a letter has hundreds of paragraphs and cells, most with
    /// one or two children, and most elements (a width, a style reference) have none, so no array is made for them.
    /// </summary>
    private DocxNode[]? children;
    private int count;

    public ReadOnlySpan<DocxNode> Children => children.AsSpan(0, count);

    public bool HasChildren => count > 0;

    public DocxNode? LastChild => count > 0 ? children![count - 1] : null;

    public void Append(DocxNode child)
    {
        if (children is null)
        {
            children = new DocxNode[2];
        }
        else if (count == children.Length)
        {
            Array.Resize(ref children, count * 2);
        }
        children[count++] = child;
    }

    public void AppendRange(IEnumerable<DocxNode> nodes)
    {
        foreach (var node in nodes)
        {
            Append(node);
        }
    }

    /// <summary>The text of every run inside, as Word's InnerText reads it (tabs, breaks and properties add nothing).</summary>
    public string InnerText()
    {
        var builder = new StringBuilder();
        AppendText(this, builder);
        return builder.ToString();
    }

    /// <summary>
    /// Every <typeparamref name="T"/> inside, at any depth, without looking inside one found: the paragraphs of a table's
    /// cells, the runs of a hyperlink or a field.
    /// </summary>
    public IEnumerable<T> Descendants<T>()
        where T : DocxNode
    {
        for (var i = 0; i < count; i++)
        {
            if (children![i] is T found)
            {
                yield return found;
            }
            else if (children[i] is DocxContainer container)
            {
                foreach (var inner in container.Descendants<T>())
                {
                    yield return inner;
                }
            }
        }
    }

    protected void WriteChildren(DocxXmlWriter writer)
    {
        foreach (var child in Children)
        {
            child.WriteTo(writer);
        }
    }

    private static void AppendText(DocxContainer container, StringBuilder builder)
    {
        foreach (var child in container.Children)
        {
            if (child is DocxRun { Text: { } text })
            {
                builder.Append(text);
            }
            else if (child is DocxContainer inner)
            {
                AppendText(inner, builder);
            }
        }
    }
}
