using AngleSharp.Html.Parser;
using Markdig.Renderers;
using Markdig.Syntax;
using Smi.Docs.Documents;

namespace Smi.Docs.Html;

/// <summary>
/// The letter body through Markdig's HTML renderer, then tidied with AngleSharp: header cells get
/// <c>scope="col"</c> (WCAG 1.3.1) and Markdig's inline <c>text-align</c> styles become classes, so the
/// output has no inline styles and can be pasted into a municipal website. A form's question tables get row headers.
/// </summary>
internal static class HtmlBodyRenderer
{
    public static string Render(MarkdownDocument body)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        SmiMarkdown.Pipeline.Setup(renderer);
        renderer.Render(body);
        writer.Flush();

        var parser = new HtmlParser();
        var fragment = parser.ParseDocument("<!DOCTYPE html><html><body>" + writer + "</body></html>");
        foreach (var header in fragment.QuerySelectorAll("thead th"))
        {
            header.SetAttribute("scope", "col");
        }
        // In a form's question table the first cell of a row is the question: a row header (WCAG 1.3.1), so a
        // screen reader announces the question with its answer box.
        foreach (var cell in fragment.QuerySelectorAll(".invulvelden tbody td:first-child"))
        {
            var header = fragment.CreateElement("th");
            header.SetAttribute("scope", "row");
            foreach (var child in cell.ChildNodes.ToList())
            {
                header.AppendChild(child);
            }
            cell.Replace(header);
        }
        foreach (var cell in fragment.QuerySelectorAll("th[style], td[style]"))
        {
            var style = cell.GetAttribute("style") ?? "";
            cell.RemoveAttribute("style");
            if (style.Contains("right", StringComparison.Ordinal))
            {
                cell.ClassList.Add("rechts");
            }
            else if (style.Contains("center", StringComparison.Ordinal))
            {
                cell.ClassList.Add("midden");
            }
        }
        return fragment.Body!.InnerHtml.Trim() + "\n";
    }
}
