using Markdig.Extensions.Tables;
using Smi.Docs.Docx.Frame;
using Smi.Docs.Docx.Styling;
using Smi.Docs.Docx.Xml;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

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
        var columns = 1;
        foreach (var block in obj)
        {
            columns = block is MdTableRow row ? Math.Max(columns, row.Count) : columns;
        }
        var widths = Widths(columns, renderer.InFormTable);
        // One w:tcPr per column, shared by the cells below each other (nothing changes a cell's properties afterwards).
        var cellProperties = widths.Select(w => CellProperties(w, shaded: false)).ToArray();
        var questionProperties = CellProperties(widths[0], shaded: true);

        var table = new DocxElement("w:tbl").With(
            renderer.Language.RightToLeft ? RightToLeftProperties : LeftToRightProperties,
            new DocxElement("w:tblGrid").With(widths.Select(w => new DocxElement("w:gridCol", ("w:w", DocxUnits.Twips(w))))));
        var lists = renderer.Lists.Detach();
        foreach (var block in obj)
        {
            if (block is MdTableRow row)
            {
                table.Append(Row(renderer, obj, row, cellProperties, questionProperties));
            }
        }

        renderer.Lists.Restore(lists);

        renderer.Container.Append(table);
    }

    private static readonly DocxElement LeftToRightProperties = Properties(rightToLeft: false);
    private static readonly DocxElement RightToLeftProperties = Properties(rightToLeft: true);

    private static readonly DocxElement HeaderRowProperties = new DocxElement("w:trPr").With(new DocxElement("w:tblHeader"));

    /// <summary>A form's answer row: never split over two pages, tall enough to write in by hand.</summary>
    private static readonly DocxElement AnswerRowProperties = new DocxElement("w:trPr").With(
        new DocxElement("w:cantSplit"),
        new DocxElement("w:trHeight", ("w:val", DocxUnits.Twips(DocxUnits.MmToTwips(DocxFormBlocks.AnswerRowHeightMm))), ("w:hRule", "atLeast")));

    private static readonly DocxElement QuestionShading = new("w:shd", ("w:val", "clear"), ("w:color", "auto"), ("w:fill", "EEF2F6"));

    public static DocxElement CellWidth(int width) => new("w:tcW", ("w:w", DocxUnits.Twips(width)), ("w:type", "dxa"));

    /// <summary>Constant per direction, so every table of every letter shares one.</summary>
    private static DocxElement Properties(bool rightToLeft)
    {
        var properties = new DocxElement("w:tblPr").With(new DocxElement("w:tblStyle", ("w:val", DocxStyleIds.Table)));
        if (rightToLeft)
        {
            properties.Append(new DocxElement("w:bidiVisual"));
        }

        return properties.With(
            new DocxElement("w:tblW", ("w:w", "5000"), ("w:type", "pct")),
            new DocxElement("w:tblLook", ("w:firstRow", "true"), ("w:lastRow", "false"), ("w:firstColumn", "false"), ("w:lastColumn", "false"), ("w:noHBand", "true"), ("w:noVBand", "true")));
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

    private static DocxElement Row(DocxMarkdownRenderer renderer, MdTable table, MdTableRow row, DocxElement[] cellProperties, DocxElement questionProperties)
    {
        var wordRow = new DocxElement("w:tr");
        if (row.IsHeader)
        {
            wordRow.Append(HeaderRowProperties);
        }
        else if (renderer.InFormTable)
        {
            wordRow.Append(AnswerRowProperties);
        }

        for (var index = 0; index < cellProperties.Length; index++)
        {
            var cell = CellAt(row, index);
            var column = cell is { ColumnIndex: >= 0 } ? cell.ColumnIndex : index;
            var question = renderer.InFormTable && !row.IsHeader && index == 0;
            renderer.HelpOnOwnLine = question;
            wordRow.Append(Cell(renderer, cell, Alignment(table, column), row.IsHeader || question, question ? questionProperties : cellProperties[index]));
            renderer.HelpOnOwnLine = false;
        }

        return wordRow;
    }

    /// <summary>The row's cell in column <paramref name="index"/>, null where a short row has none.</summary>
    private static MdTableCell? CellAt(MdTableRow row, int index)
    {
        foreach (var block in row)
        {
            if (block is MdTableCell cell && index-- == 0)
            {
                return cell;
            }
        }
        return null;
    }

    /// <summary>A form's question cell is shaded.</summary>
    private static DocxElement CellProperties(int width, bool shaded)
    {
        var properties = new DocxElement("w:tcPr").With(CellWidth(width));
        if (shaded)
        {
            properties.Append(QuestionShading);
        }

        return properties;
    }

    private static DocxElement Cell(DocxMarkdownRenderer renderer, MdTableCell? cell, string? alignment, bool header, DocxElement cellProperties)
    {
        var wordCell = new DocxElement("w:tc").With(cellProperties);
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
        if (wordCell.LastChild is not DocxParagraph)
        {
            wordCell.Append(new DocxParagraph(new(DocxStyleIds.TableText)));
        }

        return wordCell;
    }

    private static string? Alignment(MdTable table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                // In a right-to-left paragraph Word reads "right" as the end of the line, so amounts still line up.
                TableColumnAlign.Right => "right",
                TableColumnAlign.Center => "center",
                _ => null,
            }
            : null;
}
