namespace Smi.Docs.PlainLanguage;

/// <summary>Where a piece of prose sits in the Markdown; table cells are short text, not sentences.</summary>
internal enum SegmentKind
{
    Paragraph,
    Heading,
    ListItem,
    TableCell,
}
