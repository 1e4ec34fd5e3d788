using System.Globalization;
using System.Text;
using System.Xml;
using Smi.Docs.Documents;

namespace Smi.Docs.Docx.Package;

/// <summary>
/// docProps/core.xml written by hand, as System.IO.Packaging's own PackageProperties would have put the part under a
/// random name and broken byte-for-byte repeatability (<see cref="DocxPackage"/> now writes the whole package itself).
/// Created and modified are the document's timestamp, never the clock.
/// </summary>
internal static class DocxCoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static byte[] Build(DocumentInfo info, DocxLanguage language)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            Write(writer, info, language);
        }
        return stream.ToArray();
    }

    private static void Write(XmlWriter writer, DocumentInfo info, DocxLanguage language)
    {
        writer.WriteStartDocument(true);
        writer.WriteStartElement("cp", "coreProperties", Cp);
        writer.WriteAttributeString("xmlns", "dc", null, Dc);
        writer.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        writer.WriteAttributeString("xmlns", "xsi", null, Xsi);
        writer.WriteElementString("dc", "title", Dc, DocxText.Clean(info.Title));
        writer.WriteElementString("dc", "subject", Dc, DocxText.Clean(info.Subject));
        writer.WriteElementString("dc", "creator", Dc, DocxText.Clean(info.Author));
        writer.WriteElementString("dc", "language", Dc, language.Tag);
        writer.WriteElementString("dc", "identifier", Dc, DocxText.Clean(info.DocumentId));
        Date(writer, "created", info.Timestamp);
        Date(writer, "modified", info.Timestamp);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>
    /// The timestamp is written as given, marked UTC. Converting an unspecified-kind value through the local
    /// time zone would make the bytes depend on the server it runs on.
    /// </summary>
    public static string W3cdtf(DateTime timestamp) =>
        (timestamp.Kind == DateTimeKind.Local ? timestamp.ToUniversalTime() : timestamp)
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Date(XmlWriter writer, string name, DateTime timestamp)
    {
        writer.WriteStartElement("dcterms", name, DcTerms);
        writer.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
        writer.WriteString(W3cdtf(timestamp));
        writer.WriteEndElement();
    }
}
