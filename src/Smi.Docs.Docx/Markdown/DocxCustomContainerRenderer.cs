using Markdig.Extensions.CustomContainers;
using Smi.Docs.Docx.Styling;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Markdown;

/// <summary>
/// <c>::: ondertekening</c> is the closing and signature: its paragraphs take the Ondertekening style, which keeps
/// every line with the next, and the last line lets go so the block moves to the next page as one piece.
/// A form's containers (<c>invulvelden</c>, <c>schrijfvak</c>, <c>vinklijst</c>) become boxes to write in, see
/// <see cref="DocxFormBlocks"/>. Containers we do not know render their content as ordinary text, so nothing a
/// template writes is lost.
/// </summary>
internal sealed class DocxCustomContainerRenderer : DocxObjectRenderer<CustomContainer>
{
    private const string Ondertekening = "ondertekening";

    protected override void Write(DocxMarkdownRenderer renderer, CustomContainer obj)
    {
        var info = obj.Info?.Trim().ToLowerInvariant();
        if (DocxFormBlocks.TryWrite(renderer, obj, info))
        {
            return;
        }

        if (info != Ondertekening)
        {
            renderer.WriteChildren(obj);
            return;
        }

        var container = renderer.Container;
        var before = container.Children.Length;
        renderer.PushParagraphStyle(DocxStyleIds.Ondertekening);
        renderer.WriteChildren(obj);
        renderer.PopParagraphStyle();

        if (LastParagraph(container.Children[before..]) is { } last)
        {
            last.Properties.KeepNext = false;
        }
    }

    private static DocxParagraph? LastParagraph(ReadOnlySpan<DocxNode> nodes)
    {
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            if (nodes[i] is DocxParagraph paragraph)
            {
                return paragraph;
            }
        }
        return null;
    }
}
