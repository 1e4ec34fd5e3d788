using Markdig.Syntax.Inlines;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Markdown.Inlines;

/// <summary>A soft break is a space, as in any Markdown renderer; a hard break (two spaces or a backslash) is a w:br.</summary>
internal sealed class DocxLineBreakInlineRenderer : DocxObjectRenderer<LineBreakInline>
{
    protected override void Write(DocxMarkdownRenderer renderer, LineBreakInline obj)
    {
        if (!obj.IsHard)
        {
            renderer.AppendText(" ");
            return;
        }

        renderer.AppendInline(renderer.Language.ContentRun(DocxRunContent.Break));
    }
}
