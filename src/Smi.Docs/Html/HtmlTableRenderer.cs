using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Smi.Docs.Html;

/// <summary>
/// A pipe table with the semantics a screen reader needs (WCAG 1.3.1): header cells say <c>scope="col"</c>, and in a
/// form's question table (<c>::: invulvelden</c>) the first cell of a row is the question, a row header, so the
/// question is announced with its answer box. Column alignment is a class (<c>rechts</c>, <c>midden</c>), not an inline
/// style, so the page can be pasted into a municipal website whose policy refuses inline styles.
/// </summary>
internal sealed class HtmlTableRenderer : HtmlObjectRenderer<Table>
{
    private const string FormContainer = "invulvelden";

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine('>');
        var form = IsForm(table);
        var headerOpen = false;
        var bodyOpen = false;
        foreach (var row in table.Cast<TableRow>())
        {
            if (row.IsHeader && !headerOpen && !bodyOpen)
            {
                renderer.WriteLine("<thead>");
                headerOpen = true;
            }
            else if (!row.IsHeader && !bodyOpen)
            {
                if (headerOpen)
                {
                    renderer.WriteLine("</thead>");
                }
                renderer.WriteLine("<tbody>");
                bodyOpen = true;
            }
            WriteRow(renderer, table, row, form);
        }
        if (bodyOpen || headerOpen)
        {
            renderer.WriteLine(bodyOpen ? "</tbody>" : "</thead>");
        }
        renderer.WriteLine("</table>");
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row, bool form)
    {
        renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
        for (var i = 0; i < row.Count; i++)
        {
            var cell = (TableCell)row[i];
            var question = form && !row.IsHeader && i == 0;
            var tag = row.IsHeader || question ? "th" : "td";
            renderer.EnsureLine();
            renderer.Write('<').Write(tag);
            if (row.IsHeader)
            {
                renderer.Write(" scope=\"col\"");
            }
            else if (question)
            {
                renderer.Write(" scope=\"row\"");
            }
            if (!question && AlignmentClass(table, cell, i) is { } alignment)
            {
                renderer.Write(" class=\"").Write(alignment).Write('"');
            }
            renderer.Write('>');
            var implicitParagraph = renderer.ImplicitParagraph;
            // A cell of one paragraph holds its text without <p>, as Markdig writes it.
            renderer.ImplicitParagraph |= cell.Count == 1;
            renderer.Write(cell);
            renderer.ImplicitParagraph = implicitParagraph;
            renderer.Write("</").Write(tag).WriteLine('>');
        }
        renderer.WriteLine("</tr>");
    }

    /// <summary>Right for amounts and numbers (tabular figures in letter.css), centre for ticks; left is the default.</summary>
    private static string? AlignmentClass(Table table, TableCell cell, int index)
    {
        var columns = table.ColumnDefinitions;
        if (columns.Count == 0)
        {
            return null;
        }
        var column = Math.Min(cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? index : cell.ColumnIndex, columns.Count - 1);
        return columns[column].Alignment switch
        {
            TableColumnAlign.Right => "rechts",
            TableColumnAlign.Center => "midden",
            _ => null,
        };
    }

    private static bool IsForm(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer { Info: FormContainer })
            {
                return true;
            }
        }
        return false;
    }
}
