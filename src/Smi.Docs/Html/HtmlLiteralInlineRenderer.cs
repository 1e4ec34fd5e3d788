using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Smi.Docs.Html;

/// <summary>Plain text, escaped as <see cref="HtmlText"/> says.</summary>
internal sealed class HtmlLiteralInlineRenderer : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline obj) => renderer.Write(HtmlText.Escape(obj.Content.AsSpan()));
}
