using System.Text;

namespace Smi.Docs.Docx.Xml;

/// <summary>A node that holds others in document order: the body, a table cell, a paragraph, a hyperlink.</summary>
internal abstract class DocxContainer : DocxNode
{
    private List<DocxNode>? children;

    /// <summary>Made on first use: most elements (a width, a style reference) never have children.</summary>
    public List<DocxNode> Children => children ??= [];

    public bool HasChildren => children is { Count: > 0 };

    public DocxNode? LastChild => HasChildren ? children![^1] : null;

    public void Append(DocxNode child) => Children.Add(child);

    /// <summary>The text of every run inside, as Word's InnerText reads it (tabs, breaks and properties add nothing).</summary>
    public string InnerText()
    {
        var builder = new StringBuilder();
        AppendText(this, builder);
        return builder.ToString();
    }

    /// <summary>Every paragraph inside, at any depth (the paragraphs of a table's cells).</summary>
    public IEnumerable<DocxParagraph> Paragraphs()
    {
        foreach (var child in children ?? [])
        {
            if (child is DocxParagraph paragraph)
            {
                yield return paragraph;
            }
            else if (child is DocxContainer container)
            {
                foreach (var inner in container.Paragraphs())
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Every run inside, at any depth (the runs of a hyperlink or a field).</summary>
    public IEnumerable<DocxRun> Runs()
    {
        foreach (var child in children ?? [])
        {
            if (child is DocxRun run)
            {
                yield return run;
            }
            else if (child is DocxContainer container)
            {
                foreach (var inner in container.Runs())
                {
                    yield return inner;
                }
            }
        }
    }

    protected void WriteChildren(DocxXmlWriter writer)
    {
        if (children is null)
        {
            return;
        }
        foreach (var child in children)
        {
            child.WriteTo(writer);
        }
    }

    private static void AppendText(DocxContainer container, StringBuilder builder)
    {
        foreach (var child in container.children ?? [])
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
