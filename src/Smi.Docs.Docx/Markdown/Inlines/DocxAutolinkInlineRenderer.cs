using Markdig.Syntax.Inlines;

namespace Smi.Docs.Docx.Markdown.Inlines;

/// <summary><c>&lt;https://…&gt;</c> and <c>&lt;naam@gemeente.nl&gt;</c>: the address is its own link text.</summary>
internal sealed class DocxAutolinkInlineRenderer : DocxObjectRenderer<AutolinkInline>
{
    protected override void Write(DocxMarkdownRenderer renderer, AutolinkInline obj)
    {
        var url = obj.IsEmail ? "mailto:" + obj.Url : obj.Url;
        DocxHyperlinks.Write(renderer, url, () => renderer.AppendText(obj.Url));
    }
}
