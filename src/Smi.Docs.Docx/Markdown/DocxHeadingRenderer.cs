using Markdig.Syntax;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Markdown;

/// <summary># → Heading1, ## → Heading2, ### and deeper → Heading3; our letters never go deeper than three levels.</summary>
internal sealed class DocxHeadingRenderer : DocxObjectRenderer<HeadingBlock>
{
    protected override void Write(DocxMarkdownRenderer renderer, HeadingBlock obj)
    {
        var style = obj.Level switch
        {
            <= 1 => DocxStyleIds.Heading1,
            2 => DocxStyleIds.Heading2,
            _ => DocxStyleIds.Heading3,
        };
        renderer.WriteParagraph(new(style), obj);
    }
}
