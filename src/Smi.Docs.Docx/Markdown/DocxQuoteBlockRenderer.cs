using Markdig.Syntax;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Markdown;

/// <summary>A quote (for example a cited article of the verordening) in Word's Quote style.</summary>
internal sealed class DocxQuoteBlockRenderer : DocxObjectRenderer<QuoteBlock>
{
    protected override void Write(DocxMarkdownRenderer renderer, QuoteBlock obj)
    {
        renderer.PushParagraphStyle(DocxStyleIds.Quote);
        renderer.WriteChildren(obj);
        renderer.PopParagraphStyle();
    }
}
