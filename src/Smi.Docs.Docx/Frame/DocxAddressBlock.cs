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

    private static Paragraph Line(string styleId, string text, DocxLanguage language) =>
        new(DocxParagraphs.Properties(styleId, frame: DocxPageLayout.AddressFrame()), language.TextRun(text));
}
