namespace Smi.Docs.Formatting;

/// <summary>
/// The fonts a letter names: one for Latin and Cyrillic text, one for complex scripts (Arabic), one for Chinese, Japanese
/// and Korean, one for emoji. All are named in every document, because every letter can hold every script (a Dutch name in
/// Arabic text, an Arabic or Chinese name in a Dutch letter); without a font named, Chromium falls back to DejaVu Sans for
/// Arabic (pdf-probe §2) and to empty boxes for CJK and emoji (issue 11).
/// </summary>
public sealed record DocumentFonts(string Text, string ComplexScript, string EastAsian, string Emoji)
{
    /// <summary>
    /// Noto: free to embed in a PDF, with the glyphs of all six languages and of names in CJK scripts (Debian
    /// fonts-noto-cjk: one family holds Chinese, Japanese and Korean; the SC face draws Han in the simplified-Chinese
    /// style, as no letter says which of the three a name is) and emoji (fonts-noto-color-emoji).
    /// </summary>
    public static DocumentFonts Noto { get; } = new("Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC", "Noto Color Emoji");

    /// <summary>The families in CSS order, quoted, without the generic family: Latin first, emoji last.</summary>
    public string CssFamilies => $"\"{Text}\", \"{ComplexScript}\", \"{EastAsian}\", \"{Emoji}\"";
}
