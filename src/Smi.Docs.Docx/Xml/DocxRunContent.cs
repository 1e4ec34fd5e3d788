namespace Smi.Docs.Docx.Xml;

/// <summary>What a run holds instead of text; elements without children, so every letter shares the same ones.</summary>
internal static class DocxRunContent
{
    public static DocxElement Tab { get; } = new("w:tab");

    public static DocxElement Break { get; } = new("w:br");
}
