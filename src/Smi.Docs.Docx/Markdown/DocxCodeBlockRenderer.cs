using Markdig.Syntax;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Markdown;

/// <summary>
/// Letters have no code, but an indented line in a template is a code block in CommonMark; print it line by line
/// rather than dropping text the author wrote.
/// </summary>
internal sealed class DocxCodeBlockRenderer : DocxObjectRenderer<CodeBlock>
{
    protected override void Write(DocxMarkdownRenderer renderer, CodeBlock obj)
    {
        var lines = obj.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var paragraph = renderer.WriteParagraph(new(DocxStyleIds.Code), null);
            var text = lines.Lines[i].Slice.ToString();
            if (text.Length > 0)
            {
                paragraph.Append(renderer.Language.TextRun(text));
            }
        }
    }
}
