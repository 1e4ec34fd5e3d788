using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Documents;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Frame;

/// <summary>
/// The return address (small) and the recipient's address, as one frame at the envelope window. It stays in the
/// body, first in reading order, so screen readers and people editing the letter find it where they expect.
/// </summary>
internal static class DocxAddressBlock
{
    public static void Write(Body body, LetterFrame frame, DocxLanguage language)
    {
        if (!string.IsNullOrWhiteSpace(frame.ReturnAddress))
        {
            body.Append(Line(DocxStyleIds.Retouradres, frame.ReturnAddress, language));
        }

        foreach (var line in frame.RecipientAddress)
        {
            body.Append(Line(DocxStyleIds.Adresblok, line, language));
        }
    }

    /// <summary>The address is Dutch for PostNL in every letter, so in a right-to-left letter it is a left-to-right paragraph.</summary>
    private static Paragraph Line(string styleId, string text, DocxLanguage language)
    {
        var properties = DocxParagraphs.Properties(styleId, frame: DocxPageLayout.AddressFrame(language.RightToLeft));
        if (!language.RightToLeft)
        {
            return new Paragraph(properties, language.TextRun(text));
        }
        properties.BiDi = new BiDi { Val = false };
        var dutch = new DocxLanguage(DocxLanguage.Dutch.Tag, RightToLeft: false);
        var run = dutch.TextRun(text);
        (run.RunProperties ??= new RunProperties()).Languages = dutch.Languages();
        return new Paragraph(properties, run);
    }
}
