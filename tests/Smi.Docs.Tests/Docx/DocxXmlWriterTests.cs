using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Docx;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Tests.Docx;

/// <summary>
/// Our writer replaces the Open XML SDK's save (issue 15) and must write the same bytes: the same escaping of text and
/// attribute values and the same newline handling, checked here against the SDK itself on text a case can contain.
/// </summary>
public sealed class DocxXmlWriterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("gewone tekst")]
    [InlineData(" spaties  rondom ")]
    [InlineData("a<b>c&d\"e'f")]
    [InlineData("&lt; blijft &amp; letterlijk ]]>")]
    [InlineData("regel\r\nregel\rregel\nregel\n\r")]
    [InlineData("tab\there")]
    [InlineData("\u2028\u0085\u00A0 é ğ ł ї العربية 😀")]
    public void Writes_a_paragraph_as_the_sdk_saves_it(string text)
    {
        var sdk = new Document(new Body(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = text }),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))));
        using var stream = new MemoryStream();
        sdk.Save(stream);

        var ours = new DocxElement("w:document", ("xmlns:w", DocxNamespaces.Wordprocessing)).With(
            new DocxElement("w:body").With(new DocxParagraph(new(text), new DocxRun { Text = text })));

        Assert.Equal(Encoding.UTF8.GetString(stream.ToArray()), Encoding.UTF8.GetString(DocxXmlWriter.Part(ours)));
    }
}
