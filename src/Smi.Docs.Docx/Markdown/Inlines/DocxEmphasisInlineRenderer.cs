using Markdig.Syntax.Inlines;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Markdown.Inlines;

/// <summary>
/// <c>*text*</c> → italic, <c>**text**</c> → bold. Other delimiters (the <c>::</c> of custom inline containers)
/// carry no formatting in a letter, so only their text is written. In a form question, italic help starts a new line.
/// </summary>
internal sealed class DocxEmphasisInlineRenderer : DocxObjectRenderer<EmphasisInline>
{
    protected override void Write(DocxMarkdownRenderer renderer, EmphasisInline obj)
    {
        var formats = obj.DelimiterChar is '*' or '_';
        var bold = formats && obj.DelimiterCount >= 2;
        var italic = formats && obj.DelimiterCount is 1 or >= 3;
        var help = italic && renderer.HelpOnOwnLine;
        var boldAround = renderer.BoldDepth;
        if (help)
        {
            // Help under a bold question is plain italic, as in the HTML.
            renderer.AppendInline(renderer.Language.ContentRun(DocxRunContent.Break));
            renderer.BoldDepth = 0;
        }

        renderer.BoldDepth += bold ? 1 : 0;
        renderer.ItalicDepth += italic ? 1 : 0;
        renderer.WriteChildren(obj);
        renderer.BoldDepth -= bold ? 1 : 0;
        renderer.ItalicDepth -= italic ? 1 : 0;
        renderer.BoldDepth = help ? boldAround : renderer.BoldDepth;
    }
}
