using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Smi.Docs.Html;

/// <summary>A hard break is <c>&lt;br&gt;</c> (HTML has no self-closing tags); a soft one stays a line end in the source.</summary>
internal sealed class HtmlLineBreakInlineRenderer : HtmlObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard)
        {
            renderer.WriteLine("<br>");
        }
        else
        {
            renderer.WriteLine();
        }
    }
}
