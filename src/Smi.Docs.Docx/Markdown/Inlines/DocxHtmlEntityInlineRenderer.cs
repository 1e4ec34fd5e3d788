using Markdig.Syntax.Inlines;

namespace Smi.Docs.Docx.Markdown.Inlines;

/// <summary><c>&amp;nbsp;</c>, <c>&amp;euro;</c> and friends arrive decoded in <see cref="HtmlEntityInline.Transcoded"/>.</summary>
internal sealed class DocxHtmlEntityInlineRenderer : DocxObjectRenderer<HtmlEntityInline>
{
    protected override void Write(DocxMarkdownRenderer renderer, HtmlEntityInline obj) => renderer.AppendText(obj.Transcoded.ToString());
}
