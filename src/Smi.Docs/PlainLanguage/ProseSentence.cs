namespace Smi.Docs.PlainLanguage;

/// <summary>A sentence (or heading, list item, table cell) as a reader meets it: its words in order.</summary>
internal sealed record ProseSentence(SegmentKind Kind, IReadOnlyList<ProseWord> Words);
