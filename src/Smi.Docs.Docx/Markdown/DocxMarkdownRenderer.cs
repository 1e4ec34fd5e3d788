using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Smi.Docs.Docx.Markdown.Inlines;
using Smi.Docs.Docx.Package;
using Smi.Docs.Docx.Styling;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Markdown;

/// <summary>
/// Walks the Markdig tree into WordprocessingML, one small renderer per node type (Markdig's own design).
/// Holds the state of one document only; <see cref="DocxRenderer"/> creates a new one per call.
/// </summary>
internal sealed class DocxMarkdownRenderer : RendererBase
{
    private readonly Stack<DocxContainer> containers = new();
    private readonly Stack<DocxContainer> inlineTargets = new();
    private readonly Stack<string> paragraphStyles = new();
    private DocxRun? sourceRun;
    private int sourceRunEnd;
    private bool sourceRunEndsInMark;

    public DocxMarkdownRenderer(DocxPart part, DocxLanguage language, DocxNumbering numbering, DocxContainer body)
    {
        Part = part;
        Language = language;
        Numbering = numbering;
        containers.Push(body);
        IMarkdownObjectRenderer[] renderers =
        [
            new DocxHeadingRenderer(),
            new DocxParagraphRenderer(),
            new DocxListRenderer(),
            new DocxTableRenderer(),
            new DocxCustomContainerRenderer(),
            new DocxQuoteBlockRenderer(),
            new DocxThematicBreakRenderer(),
            new DocxCodeBlockRenderer(),
            new DocxLiteralInlineRenderer(),
            new DocxEmphasisInlineRenderer(),
            new DocxLineBreakInlineRenderer(),
            new DocxCodeInlineRenderer(),
            new DocxLinkInlineRenderer(),
            new DocxAutolinkInlineRenderer(),
            new DocxHtmlEntityInlineRenderer(),
            new DocxDirectionIsolateRenderer(),
        ];
        foreach (var renderer in renderers)
        {
            ObjectRenderers.Add(renderer);
        }
    }

    public DocxPart Part { get; }

    public DocxLanguage Language { get; }

    public DocxNumbering Numbering { get; }

    public DocxListState Lists { get; } = new();

    public int BoldDepth { get; set; }

    public int ItalicDepth { get; set; }

    public int HyperlinkDepth { get; set; }

    /// <summary>True inside <c>::: invulvelden</c>: its table is a form, question left and a box to write in right.</summary>
    public bool InFormTable { get; set; }

    /// <summary>True while writing a form question: its italic help text goes on a line of its own under the question.</summary>
    public bool HelpOnOwnLine { get; set; }

    /// <summary>Alignment of the table column being written, applied to the cell's paragraphs.</summary>
    public string? CellJustification { get; set; }

    /// <summary>The style a plain paragraph gets here: Normal, or the style of the enclosing quote, container or table cell.</summary>
    public string ParagraphStyle => paragraphStyles.Count > 0 ? paragraphStyles.Peek() : DocxStyleIds.Normal;

    public DocxContainer Container => containers.Peek();

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return containers.Last();
    }

    public void PushContainer(DocxContainer container) => containers.Push(container);

    public void PopContainer() => containers.Pop();

    public void PushParagraphStyle(string styleId) => paragraphStyles.Push(styleId);

    public void PopParagraphStyle() => paragraphStyles.Pop();

    /// <summary>Appends a paragraph to the current container and writes the block's inlines into it.</summary>
    public DocxParagraph WriteParagraph(DocxParagraphProperties properties, LeafBlock? inlineSource)
    {
        var paragraph = new DocxParagraph(properties);
        Container.Append(paragraph);
        if (inlineSource?.Inline is { } inline)
        {
            WriteInlines(paragraph, inline);
        }

        return paragraph;
    }

    public void WriteInlines(DocxContainer target, ContainerInline inline)
    {
        PushInlineTarget(target);
        WriteChildren(inline);
        PopInlineTarget();
    }

    /// <summary>Inlines go into the current paragraph, or into a w:hyperlink while a link is being written.</summary>
    public void PushInlineTarget(DocxContainer target) => inlineTargets.Push(target);

    public void PopInlineTarget() => inlineTargets.Pop();

    public void AppendText(string text)
    {
        if (text.Length > 0)
        {
            AppendInline(Language.TextRun(text, BoldDepth > 0, ItalicDepth > 0, HyperlinkDepth > 0 ? DocxStyleIds.Hyperlink : null));
        }
    }

    /// <summary>
    /// Text of the Markdown source at <paramref name="span"/>, or an isolate mark (<paramref name="isMark"/>). Word
    /// reads an isolate as its two characters inside the text, so a mark shares the run of the text right next to it
    /// in the source, and so does the text that follows a mark: the run is the one the text was before the isolate
    /// became a node. A backslash-escaped character starts its own run, as Markdig makes it a literal of its own.
    /// </summary>
    public void AppendSourceText(string text, SourceSpan span, bool isMark = false, bool escaped = false)
    {
        if (text.Length == 0)
        {
            return;
        }
        var joins = sourceRun is not null && (isMark || sourceRunEndsInMark) && !escaped && span.Start == sourceRunEnd + 1
            && ReferenceEquals(inlineTargets.Peek().LastChild, sourceRun);
        if (joins)
        {
            sourceRun!.Text = DocxText.BreakLongWords(sourceRun.Text + DocxText.Clean(text));
        }
        else
        {
            AppendText(text);
            sourceRun = (DocxRun)inlineTargets.Peek().LastChild!;
        }
        sourceRunEnd = span.End;
        sourceRunEndsInMark = isMark;
    }

    public void AppendInline(DocxNode element)
    {
        inlineTargets.Peek().Append(element);
        sourceRun = null;
    }

    public string AddHyperlink(Uri uri) => Part.AddHyperlink(uri);
}
