using Markdig.Syntax.Inlines;

namespace Smi.Docs.Docx.Markdown.Inlines;

/// <summary><c>[text](url)</c>. Images are not part of our letters; their alt text is kept so no words disappear.</summary>
internal sealed class DocxLinkInlineRenderer : DocxObjectRenderer<LinkInline>
{
    protected override void Write(DocxMarkdownRenderer renderer, LinkInline obj)
    {
        var url = obj.GetDynamicUrl?.Invoke() ?? obj.Url;
        if (obj.IsImage || string.IsNullOrWhiteSpace(url))
        {
            renderer.WriteChildren(obj);
            return;
        }

        DocxHyperlinks.Write(renderer, url.Trim(), () => renderer.WriteChildren(obj));
    }
}
