using Markdig.Syntax.Inlines;

namespace Smi.Docs.Docx.Markdown.Inlines;

/// <summary>Plain text, including characters the author escaped with a backslash.</summary>
internal sealed class DocxLiteralInlineRenderer : DocxObjectRenderer<LiteralInline>
{
    protected override void Write(DocxMarkdownRenderer renderer, LiteralInline obj) =>
        renderer.AppendSourceText(obj.Content.ToString(), obj.Span, escaped: obj.IsFirstCharacterEscaped);
}
