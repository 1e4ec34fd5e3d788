using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Markdown;

/// <summary>
/// <c>::: ondertekening</c> is the closing and signature: its paragraphs take the Ondertekening style, which keeps
/// every line with the next, and the last line lets go so the block moves to the next page as one piece.
/// Containers we do not know render their content as ordinary text, so nothing a template writes is lost.
/// </summary>
internal sealed class DocxCustomContainerRenderer : DocxObjectRenderer<CustomContainer>
{
    private const string Ondertekening = "ondertekening";

    protected override void Write(DocxMarkdownRenderer renderer, CustomContainer obj)
    {
        if (!string.Equals(obj.Info?.Trim(), Ondertekening, StringComparison.OrdinalIgnoreCase))
        {
            renderer.WriteChildren(obj);
            return;
        }

        var container = renderer.Container;
        var before = container.ChildElements.Count;
        renderer.PushParagraphStyle(DocxStyleIds.Ondertekening);
        renderer.WriteChildren(obj);
        renderer.PopParagraphStyle();

        var last = container.ChildElements.Skip(before).OfType<Paragraph>().LastOrDefault();
        if (last?.ParagraphProperties is { } properties)
        {
            properties.KeepNext = new KeepNext { Val = false };
        }
    }
}
