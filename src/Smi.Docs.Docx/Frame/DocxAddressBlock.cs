using Smi.Docs.Documents;
using Smi.Docs.Docx.Styling;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Frame;

/// <summary>
/// The return address (small) and the recipient's address, as one frame at the envelope window. It stays in the
/// body, first in reading order, so screen readers and people editing the letter find it where they expect.
/// </summary>
internal static class DocxAddressBlock
{
    public static void Write(DocxContainer body, LetterFrame frame, DocxLanguage language)
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
    private static DocxParagraph Line(string styleId, string text, DocxLanguage language)
    {
        var properties = new DocxParagraphProperties(styleId) { Frame = DocxPageLayout.AddressFrame(language.RightToLeft) };
        if (!language.RightToLeft)
        {
            return new DocxParagraph(properties, language.TextRun(text));
        }
        properties.BiDi = false;
        var dutch = new DocxLanguage(DocxLanguage.Dutch.Tag, RightToLeft: false);
        var run = dutch.TextRun(text);
        run.Language = dutch;
        return new DocxParagraph(properties, run);
    }
}
