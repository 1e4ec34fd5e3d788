using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Smi.Docs.Docx.Frame;
using Smi.Docs.Docx.Styling;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Smi.Docs.Docx.Markdown;

/// <summary>
/// A pipe table becomes a real w:tbl in the SmiTabel style. Header rows repeat on every page (w:tblHeader) and are
/// bold; column alignment comes from the delimiter row, so amounts (<c>---:</c>) line up on the right.
/// In a form (<see cref="DocxMarkdownRenderer.InFormTable"/>) the question column is narrower and shaded and every
/// answer row is tall enough to write in by hand.
/// </summary>
internal sealed class DocxTableRenderer : DocxObjectRenderer<MdTable>
{
    protected override void Write(DocxMarkdownRenderer renderer, MdTable obj)
    {
        var rows = obj.OfType<MdTableRow>().ToList();
        var columns = Math.Max(1, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        var widths = Widths(columns, renderer.InFormTable);

        var table = new WordTable(Properties(renderer.Language), new TableGrid(widths.Select(w => new GridColumn { Width = DocxUnits.Twips(w) })));
        var lists = renderer.Lists.Detach();
        foreach (var row in rows)
        {
            table.Append(Row(renderer, obj, row, widths));
        }

        renderer.Lists.Restore(lists);

        renderer.Container.Append(table);
    }

    private static TableProperties Properties(DocxLanguage language)
    {
        var properties = new TableProperties(new TableStyle { Val = DocxStyleIds.Table });
        if (language.RightToLeft)
        {
            properties.Append(new BiDiVisual());
        }

        properties.Append(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLook { FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true });
        return properties;
    }

    /// <summary>Equal columns, except a form's two: 45 % question, 55 % answer.</summary>
    private static int[] Widths(int columns, bool form)
    {
        var content = DocxPageLayout.ContentWidthTwips;
        if (form && columns == 2)
        {
            var question = content * 45 / 100;
            return [question, content - question];
        }

        return Enumerable.Repeat(content / columns, columns).ToArray();
    }

    private static WordTableRow Row(DocxMarkdownRenderer renderer, MdTable table, MdTableRow row, int[] widths)
    {
        var wordRow = new WordTableRow();
        if (row.IsHeader)
        {
            wordRow.Append(new TableRowProperties(new TableHeader()));
        }
        else if (renderer.InFormTable)
        {
            wordRow.Append(new TableRowProperties(
                new CantSplit(),
                new TableRowHeight { Val = (uint)DocxUnits.MmToTwips(DocxFormBlocks.AnswerRowHeightMm), HeightType = HeightRuleValues.AtLeast }));
        }

        var cells = row.OfType<MdTableCell>().ToList();
        for (var index = 0; index < widths.Length; index++)
        {
            var cell = index < cells.Count ? cells[index] : null;
            var column = cell is { ColumnIndex: >= 0 } ? cell.ColumnIndex : index;
            var question = renderer.InFormTable && !row.IsHeader && index == 0;
            renderer.HelpOnOwnLine = question;
            wordRow.Append(Cell(renderer, cell, Alignment(table, column), row.IsHeader || question, widths[index], question));
            renderer.HelpOnOwnLine = false;
        }

        return wordRow;
    }

    private static WordTableCell Cell(DocxMarkdownRenderer renderer, MdTableCell? cell, JustificationValues? alignment, bool header, int width, bool shaded = false)
    {
        var cellProperties = new TableCellProperties(new TableCellWidth { Width = DocxUnits.Twips(width), Type = TableWidthUnitValues.Dxa });
        if (shaded)
        {
            cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "EEF2F6" });
        }

        var wordCell = new WordTableCell(cellProperties);
        renderer.PushContainer(wordCell);
        renderer.PushParagraphStyle(DocxStyleIds.TableText);
        renderer.CellJustification = alignment;
        // The table style already bolds the first row in Word; explicit bold keeps it bold in readers that ignore conditional formatting.
        renderer.BoldDepth += header ? 1 : 0;
        if (cell is not null)
        {
            renderer.WriteChildren(cell);
        }

        renderer.BoldDepth -= header ? 1 : 0;
        renderer.CellJustification = null;
        renderer.PopParagraphStyle();
        renderer.PopContainer();

        // A cell must end with a paragraph, even an empty one.
        if (wordCell.LastChild is not Paragraph)
        {
            wordCell.Append(new Paragraph(DocxParagraphs.Properties(DocxStyleIds.TableText)));
        }

        return wordCell;
    }

    private static JustificationValues? Alignment(MdTable table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                // In a right-to-left paragraph Word reads "right" as the end of the line, so amounts still line up.
                TableColumnAlign.Right => JustificationValues.Right,
                TableColumnAlign.Center => JustificationValues.Center,
                _ => null,
            }
            : null;
}
