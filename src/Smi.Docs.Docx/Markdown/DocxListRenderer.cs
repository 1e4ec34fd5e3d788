using System.Globalization;
using Markdig.Syntax;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Markdown;

/// <summary>Bullet lists share one numbering instance; each ordered list gets its own so it restarts at its start number.</summary>
internal sealed class DocxListRenderer : DocxObjectRenderer<ListBlock>
{
    protected override void Write(DocxMarkdownRenderer renderer, ListBlock obj)
    {
        var level = Math.Min(renderer.Lists.Depth, 8);
        if (obj.IsOrdered)
        {
            var start = int.TryParse(obj.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 1;
            renderer.Lists.Push(renderer.Numbering.NewOrderedList(level, start), DocxStyleIds.ListNumber, level);
        }
        else
        {
            renderer.Lists.Push(DocxNumbering.BulletNumId, DocxStyleIds.ListBullet, level);
        }

        foreach (var item in obj)
        {
            renderer.Lists.StartItem();
            if (item is ContainerBlock container)
            {
                renderer.WriteChildren(container);
            }
        }

        renderer.Lists.Pop();
    }
}
