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
    public static string Render(MarkdownDocument body)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        SmiMarkdown.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Tables.HtmlTableRenderer>(new HtmlTableRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new HtmlLiteralInlineRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<LineBreakInlineRenderer>(new HtmlLineBreakInlineRenderer());
        renderer.ObjectRenderers.Add(new HtmlDirectionIsolateRenderer());
        renderer.Render(body);
        writer.Flush();
        return writer.ToString().Trim() + "\n";
    }
}
