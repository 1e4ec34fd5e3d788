using Markdig.Syntax.Inlines;

namespace Smi.Docs.Documents;

/// <summary>
/// One isolate mark as the inline parser meets it; <see cref="DirectionIsolateParser"/> pairs the marks into
/// <see cref="DirectionIsolate"/> nodes once the paragraph is parsed, so no renderer ever sees one.
/// </summary>
internal sealed class DirectionMark(bool opens) : LeafInline
{
    public bool Opens { get; } = opens;

    public char Character => Opens ? DirectionIsolate.Open : DirectionIsolate.Close;
}
