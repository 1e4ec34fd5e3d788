using System.Globalization;
using Smi.Docs.Documents;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Package;

/// <summary>
/// docProps/core.xml written by hand, as System.IO.Packaging's own PackageProperties would have put the part under a
/// random name and broken byte-for-byte repeatability (<see cref="DocxPackage"/> now writes the whole package itself).
/// Created and modified are the document's timestamp, never the clock.
/// </summary>
internal static class DocxCoreProperties
{
    /// <summary>The part, in this thread's <see cref="DocxXmlWriter"/> buffer until the next part is written.</summary>
    public static ReadOnlySpan<byte> Build(DocumentInfo info, DocxLanguage language)
    {
        var writer = DocxXmlWriter.Start("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>"u8);
        writer.Raw("<cp:coreProperties xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "u8);
        writer.Raw("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\">"u8);
        Element(writer, "dc:title"u8, DocxText.Clean(info.Title));
        Element(writer, "dc:subject"u8, DocxText.Clean(info.Subject));
        Element(writer, "dc:creator"u8, DocxText.Clean(info.Author));
        Element(writer, "dc:language"u8, language.Tag);
        Element(writer, "dc:identifier"u8, DocxText.Clean(info.DocumentId));
        var date = W3cdtf(info.Timestamp);
        writer.Raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">"u8);
        writer.Text(date);
        writer.Raw("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">"u8);
        writer.Text(date);
        writer.Raw("</dcterms:modified></cp:coreProperties>"u8);
        return writer.Written;
    }

    /// <summary>An empty value is an empty element, as XmlWriter.WriteElementString wrote it.</summary>
    private static void Element(DocxXmlWriter writer, ReadOnlySpan<byte> name, string value)
    {
        writer.Raw("<"u8);
        writer.Raw(name);
        if (value.Length == 0)
        {
            writer.Raw(" />"u8);
            return;
        }
        writer.Raw(">"u8);
        writer.Text(value);
        writer.Raw("</"u8);
        writer.Raw(name);
        writer.Raw(">"u8);
    }

    /// <summary>
    /// The timestamp is written as given, marked UTC. Converting an unspecified-kind value through the local
    /// time zone would make the bytes depend on the server it runs on.
    /// </summary>
    public static string W3cdtf(DateTime timestamp) =>
        (timestamp.Kind == DateTimeKind.Local ? timestamp.ToUniversalTime() : timestamp)
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
