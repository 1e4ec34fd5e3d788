using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Smi.Docs.Documents;

/// <summary>
/// Reads the U+2068 … U+2069 pairs the template runtime writes around the values of a right-to-left letter. Each mark
/// becomes a <see cref="DirectionMark"/>; after the emphasis is resolved, a pair of marks under the same parent becomes
/// a <see cref="DirectionIsolate"/> holding what stood between them (pairs nest). A mark without its partner under the
/// same parent stays text: case data cannot bring marks (<see cref="Formatting.InertText"/> shows them as
/// "[U+2068]"), so only a template author's stray character can end up here, and it is kept as written.
/// </summary>
internal sealed class DirectionIsolateParser : InlineParser, IPostInlineProcessor
{
    public DirectionIsolateParser()
    {
        OpeningCharacters = [DirectionIsolate.Open, DirectionIsolate.Close];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new DirectionMark(slice.CurrentChar == DirectionIsolate.Open)
        {
            Span = new SourceSpan(position, position),
            Line = line,
            Column = column,
        };
        slice.SkipChar();
        return true;
    }

    /// <summary>
    /// Pairs the marks of a paragraph (or heading, or table) once its inlines are final: this parser comes after the
    /// emphasis parser, so "**⁨x⁩**" is already an emphasis holding both marks.
    /// </summary>
    public bool PostProcess(InlineProcessor state, Inline? root, Inline? lastChild, int postInlineProcessorIndex, bool isFinalProcessing)
    {
        // Most paragraphs have no mark at all (every Dutch letter): look before building lists to walk.
        if (isFinalProcessing && root is ContainerInline container && HasMark(container))
        {
            foreach (var parent in container.Descendants<ContainerInline>().Prepend(container).ToList())
            {
                Pair(parent);
            }
        }
        return true;
    }

    private static bool HasMark(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is DirectionMark || (child is ContainerInline inner && HasMark(inner)))
            {
                return true;
            }
        }
        return false;
    }

    private static void Pair(ContainerInline parent)
    {
        var open = new Stack<DirectionMark>();
        foreach (var child in parent.ToList())
        {
            if (child is not DirectionMark mark)
            {
                continue;
            }
            if (mark.Opens)
            {
                open.Push(mark);
            }
            else if (open.TryPop(out var start))
            {
                Enclose(start, mark);
            }
            else
            {
                mark.ReplaceBy(AsText(mark));
            }
        }
        foreach (var unpaired in open)
        {
            unpaired.ReplaceBy(AsText(unpaired));
        }
    }

    private static void Enclose(DirectionMark start, DirectionMark end)
    {
        var isolate = new DirectionIsolate
        {
            Span = new SourceSpan(start.Span.Start, end.Span.End),
            Line = start.Line,
            Column = start.Column,
        };
        while (start.NextSibling is { } inner && inner != end)
        {
            inner.Remove();
            isolate.AppendChild(inner);
        }
        end.Remove();
        start.ReplaceBy(isolate);
    }

    private static LiteralInline AsText(DirectionMark mark) =>
        new(mark.Character.ToString()) { Span = mark.Span, Line = mark.Line, Column = mark.Column };
}
