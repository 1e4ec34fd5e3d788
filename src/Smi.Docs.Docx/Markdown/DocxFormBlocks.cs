using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Smi.Docs.Docx.Frame;
using Smi.Docs.Docx.Styling;
using Smi.Docs.Docx.Xml;

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

    private static readonly DocxElement SpacerBetweenBoxes = new("w:spacing", ("w:after", "0"), ("w:line", "120"), ("w:lineRule", "exact"));

    private static readonly DocxElement ChecklistIndent = new("w:ind", ("w:left", Hanging), ("w:hanging", Hanging));

    private static string Hanging => DocxUnits.Twips(DocxUnits.MmToTwips(5));

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
        var cell = new DocxElement("w:tc").With(new DocxElement("w:tcPr").With(DocxTableRenderer.CellWidth(width)));
        var row = new DocxElement("w:tr").With(
            new DocxElement("w:trPr").With(
                new DocxElement("w:cantSplit"),
                new DocxElement("w:trHeight", ("w:val", DocxUnits.Twips(DocxUnits.MmToTwips(WritingBoxHeightMm))), ("w:hRule", "atLeast"))),
            cell);
        var table = new DocxElement("w:tbl").With(
            new DocxElement("w:tblPr").With(
                new DocxElement("w:tblStyle", ("w:val", DocxStyleIds.Table)),
                new DocxElement("w:tblW", ("w:w", "5000"), ("w:type", "pct")),
                new DocxElement("w:tblLook", ("w:firstRow", "false"), ("w:lastRow", "false"), ("w:firstColumn", "false"), ("w:lastColumn", "false"), ("w:noHBand", "true"), ("w:noVBand", "true"))),
            new DocxElement("w:tblGrid").With(new DocxElement("w:gridCol", ("w:w", DocxUnits.Twips(width)))),
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
        if (cell.LastChild is not DocxParagraph)
        {
            cell.Append(new DocxParagraph(new(DocxStyleIds.TableText)));
        }

        renderer.Container.Append(table);
        // Two boxes in a row would otherwise merge into one table in Word.
        renderer.Container.Append(new DocxParagraph(new(DocxStyleIds.Normal) { Spacing = SpacerBetweenBoxes }));
    }

    private static void WriteChecklist(DocxMarkdownRenderer renderer, CustomContainer container)
    {
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
                renderer.WriteParagraph(new(DocxStyleIds.Normal) { Indentation = ChecklistIndent }, paragraph);
            }
        }
    }
}
