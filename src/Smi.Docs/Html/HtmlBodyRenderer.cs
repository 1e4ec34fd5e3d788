using System.Globalization;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Smi.Docs.Documents;

namespace Smi.Docs.Html;

/// <summary>
/// The letter body as HTML, node by node like the DOCX renderer: Markdig's HTML renderers where their output is
/// already what a letter needs, ours where it is not — tables with header scopes and alignment classes, isolates as
/// bdi, text escaped as the HTML serializer does, breaks without the XHTML slash. The output has no inline styles, so
/// it can be pasted into a municipal website. Registered here, in one place.
/// </summary>
internal static class HtmlBodyRenderer
{
    /// <summary>Appends the body to <paramref name="html"/>, without the whitespace around it, ending in one newline.</summary>
    public static void Render(MarkdownDocument body, StringBuilder html)
    {
        var start = html.Length;
        using (var writer = new StringWriter(html, CultureInfo.InvariantCulture))
        {
            var renderer = new HtmlRenderer(writer);
            SmiMarkdown.Pipeline.Setup(renderer);
            renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Tables.HtmlTableRenderer>(new HtmlTableRenderer());
            renderer.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new HtmlLiteralInlineRenderer());
            renderer.ObjectRenderers.ReplaceOrAdd<LineBreakInlineRenderer>(new HtmlLineBreakInlineRenderer());
            renderer.ObjectRenderers.Add(new HtmlDirectionIsolateRenderer());
            renderer.Render(body);
        }
        var end = html.Length;
        while (end > start && char.IsWhiteSpace(html[end - 1]))
        {
            end--;
        }
        html.Length = end;
        var first = start;
        while (first < end && char.IsWhiteSpace(html[first]))
        {
            first++;
        }
        html.Remove(start, first - start).Append('\n');
    }
}
