using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Smi.Docs.Docx.Frame;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Markdown;

/// <summary>
/// The containers of a printed form. <c>invulvelden</c>: its pipe table becomes a question/answer grid with rows
/// tall enough to write in (see <see cref="DocxTableRenderer"/>). <c>schrijfvak</c>: a one-cell table with the
/// question on top and room below for free text or a signature. <c>vinklijst</c>: list items without bullets,
/// because each line already starts with its checkbox.
/// </summary>
internal static class DocxFormBlocks
{
    public const double AnswerRowHeightMm = 8;
    public const double WritingBoxHeightMm = 28;

    public static bool TryWrite(DocxMarkdownRenderer renderer, CustomContainer container, string? info)
    {
        switch (info)
        {
            case "invulvelden":
                renderer.InFormTable = true;
                renderer.WriteChildren(container);
                renderer.InFormTable = false;
                return true;
            case "schrijfvak":
                WriteBox(renderer, container);
                return true;
            case "vinklijst":
                WriteChecklist(renderer, container);
                return true;
            default:
                return false;
        }
    }

    private static void WriteBox(DocxMarkdownRenderer renderer, CustomContainer container)
    {
        var width = DocxPageLayout.ContentWidthTwips;
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = DocxUnits.Twips(width), Type = TableWidthUnitValues.Dxa }));
        var row = new TableRow(
            new TableRowProperties(
                new CantSplit(),
                new TableRowHeight { Val = (uint)DocxUnits.MmToTwips(WritingBoxHeightMm), HeightType = HeightRuleValues.AtLeast }),
            cell);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyleIds.Table },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = DocxUnits.Twips(width) }),
            row);

        renderer.PushContainer(cell);
        renderer.PushParagraphStyle(DocxStyleIds.TableText);
        var first = true;
        foreach (var block in container)
        {
            // The first paragraph is the question: bold, with its help on the next line, like a row of the grid.
            renderer.HelpOnOwnLine = first;
            renderer.BoldDepth += first ? 1 : 0;
            renderer.Write(block);
            renderer.BoldDepth -= first ? 1 : 0;
            first = false;
        }

        renderer.HelpOnOwnLine = false;
        renderer.PopParagraphStyle();
        renderer.PopContainer();
        if (cell.LastChild is not Paragraph)
        {
            cell.Append(new Paragraph(DocxParagraphs.Properties(DocxStyleIds.TableText)));
        }

        renderer.Container.Append(table);
        // Two boxes in a row would otherwise merge into one table in Word.
        renderer.Container.Append(new Paragraph(DocxParagraphs.Properties(DocxStyleIds.Normal, spacing: new SpacingBetweenLines { After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact })));
    }

    private static void WriteChecklist(DocxMarkdownRenderer renderer, CustomContainer container)
    {
        var hanging = DocxUnits.Twips(DocxUnits.MmToTwips(5));
        foreach (var block in container)
        {
            if (block is not ListBlock list)
            {
                renderer.Write(block);
                continue;
            }

            foreach (var paragraph in list.Descendants<ParagraphBlock>())
            {
                // Hanging indent: a wrapped line continues under the text, not under the checkbox.
                renderer.WriteParagraph(
                    DocxParagraphs.Properties(DocxStyleIds.Normal, indentation: new Indentation { Left = hanging, Hanging = hanging }),
                    paragraph);
            }
        }
    }
}
