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
        return Render([document]);
    }

    /// <summary>
    /// Several letters in one file, each in its own section with its own letterhead, footer, language and direction:
    /// a translation followed by the Dutch original (issue 5). Styles and document defaults follow the first part; the
    /// paragraphs and runs of a later part carry their own direction and w:lang where they differ from it. Pages are
    /// numbered through the whole bundle, as in the PDF: LibreOffice does not know Word's SECTIONPAGES field.
    /// </summary>
    public byte[] Render(IReadOnlyList<LetterDocument> parts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count);
        var first = DocxLanguage.From(parts[0].Info);

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids everywhere: the SDK would otherwise generate random ones and the bytes would differ per run.
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            var numbering = new DocxNumbering();
            var body = new Body();

            for (var index = 0; index < parts.Count; index++)
            {
                var document = parts[index];
                var language = DocxLanguage.From(document.Info);
                var ids = DocxSectionIds.ForPart(index);
                var start = body.ChildElements.Count;
                DocxAddressBlock.Write(body, document.Frame, language);
                DocxReferenceBlock.Write(body, document.Frame, language);
                new DocxMarkdownRenderer(main, language, numbering, body).Render(document.Body);
                EnsureParagraphBeforeSection(body);
                if (language != first)
                {
                    DocxLanguage.MarkPart(body.ChildElements.Skip(start), language, first);
                }

                DocxLetterhead.AddHeaders(main, ids, document.Frame.Letterhead, language, document.Frame.HasAddressWindow);
                DocxPageFooter.AddFooters(main, ids, document.Frame.Footer, language);
                var section = DocxSection.Build(ids, language);
                if (index < parts.Count - 1)
                {
                    // A section ends in its last paragraph; the next part starts on a new page (the default section break).
                    var last = (Paragraph)body.LastChild!;
                    (last.ParagraphProperties ??= new ParagraphProperties()).SectionProperties = section;
                }
                else
                {
                    body.Append(section);
                }
            }
            main.Document = new Document(body);
            main.Document.AddNamespaceDeclaration("r", RelationshipsNamespace);

            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyleSheet.Build(first);
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocxSettings.Build(first);
            main.AddNewPart<FontTablePart>("rIdFonts").Fonts = DocxFontTable.Build();
            DocxCoreProperties.Write(package, parts[0].Info, first);
        }

        return DocxPackageNormalizer.Normalize(stream.ToArray(), parts[0].Info.Timestamp);
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
