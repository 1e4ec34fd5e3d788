using Markdig.Syntax.Inlines;

namespace Smi.Docs.Docx.Markdown.Inlines;

/// <summary>Backticks in a letter mark a literal value (a form number, a file name); it is printed as plain text.</summary>
internal sealed class DocxCodeInlineRenderer : DocxObjectRenderer<CodeInline>
{
    protected override void Write(DocxMarkdownRenderer renderer, CodeInline obj) => renderer.AppendText(obj.Content);
}
