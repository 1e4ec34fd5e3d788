using Smi.Docs.Documents;
using Smi.Docs.Docx.Frame;
using Smi.Docs.Docx.Markdown;
using Smi.Docs.Docx.Package;
using Smi.Docs.Docx.Styling;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx;

/// <summary>
/// Renders a <see cref="LetterDocument"/> to a Word document with real styles, a letter frame for a window
/// envelope and page X of Y. Stateless: one instance can serve every thread; the same document gives the same bytes.
/// </summary>
public sealed class DocxRenderer
{
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

        var package = new DocxPackage();
        // Explicit relationship ids everywhere, so the bytes never differ per run.
        var main = package.AddPart(package.Root, "rIdMain", DocxPartType.MainDocument);
        var numbering = new DocxNumbering();
        var body = new DocxElement("w:body");

        for (var index = 0; index < parts.Count; index++)
        {
            var document = parts[index];
            var language = DocxLanguage.From(document.Info);
            var ids = DocxSectionIds.ForPart(index);
            var start = body.Children.Length;
            DocxAddressBlock.Write(body, document.Frame, language);
            DocxReferenceBlock.Write(body, document.Frame, language);
            new DocxMarkdownRenderer(main, language, numbering, body).Render(document.Body);
            EnsureParagraphBeforeSection(body);
            if (language != first)
            {
                DocxLanguage.MarkPart(body.Children[start..], language, first);
            }

            DocxLetterhead.AddHeaders(package, main, ids, document.Frame.Letterhead, language, document.Frame.HasAddressWindow);
            DocxPageFooter.AddFooters(package, main, ids, document.Frame.Footer, language);
            var section = DocxSection.Build(ids, language);
            if (index < parts.Count - 1)
            {
                // A section ends in its last paragraph; the next part starts on a new page (the default section break).
                ((DocxParagraph)body.LastChild!).Properties.Section = section;
            }
            else
            {
                body.Append(section);
            }
        }
        main.Element = new DocxElement("w:document", ("xmlns:r", DocxNamespaces.Relationships), ("xmlns:w", DocxNamespaces.Wordprocessing)).With(body);

        package.AddPart(main, "rIdStyles", DocxPartType.Styles).Data = DocxPartCache.Styles(first);
        package.AddPart(main, "rIdNumbering", DocxPartType.Numbering).Data = DocxPartCache.Numbering(numbering);
        package.AddPart(main, "rIdSettings", DocxPartType.Settings).Data = DocxPartCache.Settings(first);
        package.AddPart(main, "rIdFonts", DocxPartType.FontTable).Data = DocxPartCache.FontTable();
        // The same for every letter of a document, municipality, language and decision date: deflated once, kept.
        package.AddPart(package.Root, "rIdCore", DocxPartType.CoreProperties).Data = DocxRepeatedEntries.Get(DocxCoreProperties.Build(parts[0].Info, first));

        return package.Save(parts[0].Info.Timestamp);
    }

    /// <summary>Word wants a paragraph after a final table, or it cannot place the cursor below it.</summary>
    private static void EnsureParagraphBeforeSection(DocxElement body)
    {
        if (body.LastChild is not DocxParagraph)
        {
            body.Append(new DocxParagraph(new(DocxStyleIds.Normal)));
        }
    }
}
