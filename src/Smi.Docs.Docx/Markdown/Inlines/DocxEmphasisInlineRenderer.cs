using Markdig.Syntax.Inlines;

namespace Smi.Docs.Docx.Markdown.Inlines;

/// <summary>
/// <c>*text*</c> → italic, <c>**text**</c> → bold. Other delimiters (the <c>::</c> of custom inline containers)
/// carry no formatting in a letter, so only their text is written.
/// </summary>
internal sealed class DocxEmphasisInlineRenderer : DocxObjectRenderer<EmphasisInline>
{
    protected override void Write(DocxMarkdownRenderer renderer, EmphasisInline obj)
    {
        var formats = obj.DelimiterChar is '*' or '_';
        var bold = formats && obj.DelimiterCount >= 2;
        var italic = formats && obj.DelimiterCount is 1 or >= 3;
        renderer.BoldDepth += bold ? 1 : 0;
        renderer.ItalicDepth += italic ? 1 : 0;
        renderer.WriteChildren(obj);
        renderer.BoldDepth -= bold ? 1 : 0;
        renderer.ItalicDepth -= italic ? 1 : 0;
    }
}
