using Markdig.Syntax;
using Smi.Docs.Docx.Styling;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Markdown;

/// <summary>
/// A paragraph takes the style of where it stands: the numbered first paragraph of a list item, a continuation
/// paragraph inside an item, or the style of the enclosing quote, container or table cell.
/// </summary>
internal sealed class DocxParagraphRenderer : DocxObjectRenderer<ParagraphBlock>
{
    /// <summary>Lists nest nine levels deep in Word; each level's indent is made once.</summary>
    private static readonly DocxElement[] ContinuationIndents = [.. Enumerable.Range(0, 9).Select(Indent)];

    protected override void Write(DocxMarkdownRenderer renderer, ParagraphBlock obj)
    {
        DocxParagraphProperties properties;
        if (renderer.Lists.InList && renderer.Lists.TakeItemNumbering() is { } numbering)
        {
            properties = new(numbering.StyleId) { Numbering = (numbering.NumId, numbering.Level) };
        }
        else if (renderer.Lists.InList)
        {
            properties = new(DocxStyleIds.ListContinue) { Indentation = ContinuationIndent(renderer.Lists.CurrentLevel) };
        }
        else
        {
            properties = new(renderer.ParagraphStyle) { Justification = renderer.CellJustification };
        }

        renderer.WriteParagraph(properties, obj);
    }

    /// <summary>A later paragraph of an item lines up with the item's text, 360 twips per level.</summary>
    private static DocxElement ContinuationIndent(int level) =>
        level < ContinuationIndents.Length ? ContinuationIndents[level] : Indent(level);

    private static DocxElement Indent(int level) => new("w:ind", ("w:left", DocxUnits.Twips(360 * (level + 1))));
}
