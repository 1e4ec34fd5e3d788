using System.Globalization;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Smi.Docs.Tests.Docx;

/// <summary>
/// A stable, readable text view of a DOCX for snapshot files: core properties and page setup, then every body
/// element as <c>[StyleId] text</c> (tables as rows of cells), then the headers and the footer.
/// </summary>
internal static class DocxDump
{
    public static string Dump(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart ?? throw new InvalidOperationException("No main document part.");
        var body = main.Document?.Body ?? throw new InvalidOperationException("No body.");
        var section = body.Elements<SectionProperties>().LastOrDefault();

        var output = new StringBuilder();
        output.Append(CoreLine(document)).Append('\n');
        output.Append(PageLine(section)).Append('\n');
        output.Append("--- body ---\n");
        DocxDumpElements.Write(output, main, body.ChildElements);

        if (section is not null)
        {
            foreach (var reference in section.Elements<HeaderReference>().OrderBy(r => TypeOrder(r.Type)))
            {
                var part = (HeaderPart)main.GetPartById(reference.Id!.Value!);
                output.Append($"--- header ({TypeName(reference.Type)}) ---\n");
                DocxDumpElements.Write(output, part, part.Header!.ChildElements);
            }

            WriteFooters(output, main, section);
        }

        return output.ToString();
    }

    /// <summary>Our footers are identical on every page; show one "footer" section then, and each one otherwise.</summary>
    private static void WriteFooters(StringBuilder output, MainDocumentPart main, SectionProperties section)
    {
        var footers = section.Elements<FooterReference>()
            .OrderBy(r => TypeOrder(r.Type))
            .Select(r => (Type: TypeName(r.Type), Part: (FooterPart)main.GetPartById(r.Id!.Value!)))
            .Select(f => (f.Type, Text: Render(f.Part, f.Part.Footer!.ChildElements)))
            .ToList();
        if (footers.Select(f => f.Text).Distinct().Count() == 1)
        {
            output.Append("--- footer ---\n").Append(footers[0].Text);
            return;
        }

        foreach (var (type, text) in footers)
        {
            output.Append($"--- footer ({type}) ---\n").Append(text);
        }
    }

    private static string Render(OpenXmlPart part, OpenXmlElementList elements)
    {
        var builder = new StringBuilder();
        DocxDumpElements.Write(builder, part, elements);
        return builder.ToString();
    }

    private static string CoreLine(WordprocessingDocument document)
    {
        if (document.CoreFilePropertiesPart is not { } part)
        {
            return "core: (none)";
        }

        using var stream = part.GetStream();
        var root = XDocument.Load(stream).Root!;
        string Value(string name) => root.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        return $"core: title=\"{Value("title")}\" subject=\"{Value("subject")}\" creator=\"{Value("creator")}\" " +
               $"language={Value("language")} created={Value("created")} modified={Value("modified")}";
    }

    private static string PageLine(SectionProperties? section)
    {
        var size = section?.GetFirstChild<PageSize>();
        var margin = section?.GetFirstChild<PageMargin>();
        if (size is null || margin is null)
        {
            return "page: (no section properties)";
        }

        var width = size.Width?.Value ?? 0;
        var height = size.Height?.Value ?? 0;
        var name = (width, height) is (11906, 16838) ? "A4 portrait" : $"{Mm(width)}×{Mm(height)} mm";
        var line = $"page: {name}, margins {Mm(margin.Top?.Value ?? 0)}/{Mm(margin.Right?.Value ?? 0)}/{Mm(margin.Bottom?.Value ?? 0)}/{Mm(margin.Left?.Value ?? 0)} mm (top/right/bottom/left)";
        line += section!.GetFirstChild<TitlePage>() is null ? "" : ", own first-page header";
        line += section.GetFirstChild<BiDi>() is null ? "" : ", right-to-left";
        return line;
    }

    public static string Mm(double twips) => (twips / 1440 * 25.4).ToString("0.#", CultureInfo.InvariantCulture);

    private static int TypeOrder(EnumValue<HeaderFooterValues>? type) =>
        type?.Value == HeaderFooterValues.First ? 0 : type?.Value == HeaderFooterValues.Default ? 1 : 2;

    private static string TypeName(EnumValue<HeaderFooterValues>? type) =>
        type?.Value == HeaderFooterValues.First ? "first" : type?.Value == HeaderFooterValues.Even ? "even" : "default";
}
