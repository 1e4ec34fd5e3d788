using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Documents;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx;

/// <summary>Language and writing direction of one document, and the run/paragraph markup they imply.</summary>
internal sealed record DocxLanguage(string Tag, bool RightToLeft)
{
    // Every language names the same pair today; the fonts come from the language record so a new script is one entry.
    public static string LatinFont => Formatting.DocumentFonts.Noto.Text;
    public static string ComplexScriptFont => Formatting.DocumentFonts.Noto.ComplexScript;

    /// <summary>Word draws CJK characters in the w:eastAsia font; emoji it finds itself (Segoe UI Emoji on Windows).</summary>
    public static string EastAsianFont => Formatting.DocumentFonts.Noto.EastAsian;

    public static DocxLanguage Dutch { get; } = new("nl-NL", RightToLeft: false);

    /// <summary>Whether the first letter of <paramref name="text"/> is Arabic or Hebrew, as HTML's dir="auto" decides.</summary>
    public static bool StartsRightToLeft(string text) =>
        text.FirstOrDefault(char.IsLetter) is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    public static DocxLanguage From(DocumentInfo info) =>
        new(string.IsNullOrWhiteSpace(info.Language) ? "nl-NL" : info.Language.Trim(), info.Direction == Smi.Docs.Documents.TextDirection.RightToLeft);

    /// <summary>A frame value as Word reads an isolate: between U+2068 and U+2069, in a right-to-left document.</summary>
    public string FrameValue(string value) =>
        DirectionIsolate.AppliesToFrameValue(Direction, value) ? DirectionIsolate.Mark(value) : value;

    private Documents.TextDirection Direction => RightToLeft ? Documents.TextDirection.RightToLeft : Documents.TextDirection.LeftToRight;

    /// <summary>
    /// w:lang for the styles' defaults (<see cref="DocxRun.Language"/> writes a run's own). Word reads w:bidi for
    /// right-to-left text, so an Arabic document names its language there too; w:val stays the same tag so spelling and
    /// hyphenation pick the right dictionary.
    /// </summary>
    public Languages Languages() => RightToLeft
        ? new Languages { Val = Tag, Bidi = Tag }
        : new Languages { Val = Tag };

    /// <summary>A text run; right-to-left documents mark every run with w:rtl so Word shapes and orders it as Arabic.</summary>
    public DocxRun TextRun(string text, bool bold = false, bool italic = false, string? characterStyle = null) =>
        new() { Style = characterStyle, Bold = bold, Italic = italic, RightToLeft = RightToLeft, Text = DocxText.Printable(text) };

    /// <summary>A run holding a tab, break, field result or drawing instead of text, with the same direction marks.</summary>
    public DocxRun ContentRun(DocxNode content) => new() { RightToLeft = RightToLeft, Content = content };

    /// <summary>
    /// Gives the paragraphs and runs of a later part of a bundle their own direction and language where the styles,
    /// made for the first part, say otherwise (a Dutch original behind an Arabic translation).
    /// </summary>
    public static void MarkPart(ReadOnlySpan<DocxNode> elements, DocxLanguage part, DocxLanguage document)
    {
        foreach (var element in elements)
        {
            foreach (var paragraph in element is DocxParagraph p ? [p] : element is DocxContainer c ? c.Descendants<DocxParagraph>() : [])
            {
                if (part.RightToLeft != document.RightToLeft)
                {
                    paragraph.Properties.BiDi = part.RightToLeft;
                }
                foreach (var run in paragraph.Descendants<DocxRun>())
                {
                    run.Language ??= part;
                }
            }
        }
    }
}
