namespace Smi.Docs.PlainLanguage;

/// <summary>
/// A Markdown block's prose as ranges of the masked template text (a paragraph can span several lines,
/// and template tags between them are already blanked).
/// </summary>
internal sealed record ProseSegment(SegmentKind Kind, IReadOnlyList<Range> Ranges);
