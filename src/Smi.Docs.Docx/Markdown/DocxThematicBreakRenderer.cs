using Markdig.Syntax;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Markdown;

/// <summary><c>---</c> becomes an empty paragraph whose style draws a bottom border.</summary>
internal sealed class DocxThematicBreakRenderer : DocxObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(DocxMarkdownRenderer renderer, ThematicBreakBlock obj) =>
        renderer.WriteParagraph(new(DocxStyleIds.Scheidingslijn), null);
}
