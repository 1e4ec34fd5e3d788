using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Documents;
using Smi.Docs.Docx.Frame;
using Smi.Docs.Docx.Markdown;
using Smi.Docs.Docx.Package;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx;

/// <summary>
/// Renders a <see cref="LetterDocument"/> to a Word document with real styles, a letter frame for a window
/// envelope and page X of Y. Stateless: one instance can serve every thread; the same document gives the same bytes.
/// </summary>
public sealed class DocxRenderer
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public byte[] Render(LetterDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var language = DocxLanguage.From(document.Info);

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids everywhere: the SDK would otherwise generate random ones and the bytes would differ per run.
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            var numbering = new DocxNumbering();
            var body = new Body();

            DocxAddressBlock.Write(body, document.Frame, language);
            DocxReferenceBlock.Write(body, document.Frame, language);
            new DocxMarkdownRenderer(main, language, numbering, body).Render(document.Body);
            EnsureParagraphBeforeSection(body);

            DocxLetterhead.AddHeaders(main, document.Frame.Letterhead, language, document.Frame.HasAddressWindow);
            DocxPageFooter.AddFooters(main, document.Frame.Footer, language);
            body.Append(DocxSection.Build(language));
            main.Document = new Document(body);
            main.Document.AddNamespaceDeclaration("r", RelationshipsNamespace);

            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyleSheet.Build(language);
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocxSettings.Build(language);
            main.AddNewPart<FontTablePart>("rIdFonts").Fonts = DocxFontTable.Build();
            DocxCoreProperties.Write(package, document.Info, language);
        }

        return DocxPackageNormalizer.Normalize(stream.ToArray(), document.Info.Timestamp);
    }

    /// <summary>Word wants a paragraph after a final table, or it cannot place the cursor below it.</summary>
    private static void EnsureParagraphBeforeSection(Body body)
    {
        if (body.LastChild is not Paragraph)
        {
            body.Append(new Paragraph(DocxParagraphs.Properties(DocxStyleIds.Normal)));
        }
    }
}
