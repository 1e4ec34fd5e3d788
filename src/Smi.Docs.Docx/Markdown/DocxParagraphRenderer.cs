using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Markdown;

/// <summary>
/// A paragraph takes the style of where it stands: the numbered first paragraph of a list item, a continuation
/// paragraph inside an item, or the style of the enclosing quote, container or table cell.
/// </summary>
internal sealed class DocxParagraphRenderer : DocxObjectRenderer<ParagraphBlock>
{
    protected override void Write(DocxMarkdownRenderer renderer, ParagraphBlock obj)
    {
        ParagraphProperties properties;
        if (renderer.Lists.InList && renderer.Lists.TakeItemNumbering() is { } numbering)
        {
            properties = DocxParagraphs.Properties(numbering.StyleId, numbering: DocxParagraphs.Numbering(numbering.NumId, numbering.Level));
        }
        else if (renderer.Lists.InList)
        {
            var indent = DocxUnits.Twips(360 * (renderer.Lists.CurrentLevel + 1));
            properties = DocxParagraphs.Properties(DocxStyleIds.ListContinue, indentation: new Indentation { Left = indent });
        }
        else
        {
            properties = DocxParagraphs.Properties(renderer.ParagraphStyle, justification: renderer.CellJustification);
        }

        renderer.WriteParagraph(properties, obj);
    }
}
