using Markdig.Renderers;
using Markdig.Renderers.Html;
using Smi.Docs.Documents;

namespace Smi.Docs.Html;

/// <summary>
/// An isolate is HTML's bdi: the browser gives its text its own direction, and the PDF printed from the page gets no
/// control characters in its text layer, so copied or extracted text has none.
/// </summary>
internal sealed class HtmlDirectionIsolateRenderer : HtmlObjectRenderer<DirectionIsolate>
{
    protected override void Write(HtmlRenderer renderer, DirectionIsolate obj)
    {
        renderer.Write("<bdi>");
        renderer.WriteChildren(obj);
        renderer.Write("</bdi>");
    }
}
