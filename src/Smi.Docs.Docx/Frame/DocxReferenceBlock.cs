using Smi.Docs.Documents;
using Smi.Docs.Docx.Styling;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Frame;

/// <summary>
/// Datum, ons kenmerk, onderwerp, contactpersoon as "label ⇥ value" lines (the Kenmerk style has the tab stop and a
/// hanging indent so a long subject wraps under its value), the notice above a translation, then the salutation.
/// </summary>
internal static class DocxReferenceBlock
{
    public static void Write(DocxContainer body, LetterFrame frame, DocxLanguage language)
    {
        foreach (var field in frame.ReferenceFields)
        {
            body.Append(new DocxParagraph(
                new(DocxStyleIds.Kenmerk),
                language.TextRun(field.Label),
                language.ContentRun(DocxRunContent.Tab),
                language.TextRun(language.FrameValue(field.Value))));
        }

        if (frame.Notice is { } notice)
        {
            body.Append(Notice(notice, language));
        }

        if (!string.IsNullOrWhiteSpace(frame.Salutation))
        {
            body.Append(new DocxParagraph(new(DocxStyleIds.Aanhef), language.TextRun(frame.Salutation)));
        }
    }

    /// <summary>
    /// The notice is in its own language, which differs from the document's when a Dutch letter stands in for a missing
    /// translation (an Arabic notice in a Dutch letter): it then gets its own direction and w:lang.
    /// </summary>
    private static DocxParagraph Notice(FrameNotice notice, DocxLanguage document)
    {
        var rightToLeft = notice.Direction == Documents.TextDirection.RightToLeft;
        var properties = new DocxParagraphProperties(DocxStyleIds.Melding);
        if (rightToLeft != document.RightToLeft)
        {
            properties.BiDi = rightToLeft;
        }
        var own = new DocxLanguage(notice.LanguageTag, rightToLeft);
        var run = own.TextRun(notice.Text);
        run.Language = own;
        return new DocxParagraph(properties, run);
    }
}
