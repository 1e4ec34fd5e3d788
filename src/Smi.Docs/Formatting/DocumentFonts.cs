namespace Smi.Docs.Formatting;

/// <summary>
/// The fonts a letter names: one for Latin and Cyrillic text, one for complex scripts (Arabic). Both are named in every
/// document, because every letter can hold both scripts (a Dutch name in Arabic text, an Arabic name in a Dutch letter),
/// and without an Arabic font named Chromium falls back to DejaVu Sans (pdf-probe §2).
/// </summary>
public sealed record DocumentFonts(string Text, string ComplexScript)
{
    /// <summary>Noto: free to embed in a PDF, with the glyphs of all six languages.</summary>
    public static DocumentFonts Noto { get; } = new("Noto Sans", "Noto Naskh Arabic");
}
