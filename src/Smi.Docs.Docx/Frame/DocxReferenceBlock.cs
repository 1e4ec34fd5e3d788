using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Documents;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Frame;

/// <summary>
/// Datum, ons kenmerk, onderwerp, contactpersoon as "label ⇥ value" lines (the Kenmerk style has the tab stop and a
/// hanging indent so a long subject wraps under its value), then the salutation.
/// </summary>
internal static class DocxReferenceBlock
{
    public static void Write(Body body, LetterFrame frame, DocxLanguage language)
    {
        foreach (var field in frame.ReferenceFields)
        {
            body.Append(new Paragraph(
                DocxParagraphs.Properties(DocxStyleIds.Kenmerk),
                language.TextRun(field.Label),
                language.ContentRun(new TabChar()),
                language.TextRun(field.Value)));
        }

        if (!string.IsNullOrWhiteSpace(frame.Salutation))
        {
            body.Append(new Paragraph(DocxParagraphs.Properties(DocxStyleIds.Aanhef), language.TextRun(frame.Salutation)));
        }
    }
}
