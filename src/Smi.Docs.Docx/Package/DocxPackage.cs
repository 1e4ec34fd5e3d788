using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Package;

/// <summary>
/// The parts of one DOCX and the relationships between them, written straight into one zip. It replaces the SDK's
/// WordprocessingDocument on System.IO.Packaging, which compressed every part, then had to be unzipped and zipped
/// again to drop its clock timestamps: two thirds of the time of a letter (issue 15). The bytes are the ones that
/// route wrote: part names, [Content_Types].xml and the relationship parts follow System.IO.Packaging's rules.
/// </summary>
internal sealed class DocxPackage
{
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
    private readonly List<DocxPart> parts = [];

    /// <summary>How many parts of a content type exist, for the next name ("header3.xml", "image2.png").</summary>
    private readonly Dictionary<string, int> countPerContentType = new(StringComparer.Ordinal);

    /// <summary>The package itself as the source of the package relationships (_rels/.rels).</summary>
    public DocxPart Root { get; } = new("", "");

    /// <summary>
    /// Adds a part named as the SDK names it: <paramref name="stem"/> with a number from the second part of its
    /// content type on (image.png, image2.png), or from the first when <paramref name="numberFirst"/> (header1.xml).
    /// </summary>
    public DocxPart AddPart(DocxPart source, string relationshipId, DocxPartType type)
    {
        var count = countPerContentType[type.ContentType] = countPerContentType.GetValueOrDefault(type.ContentType) + 1;
        var number = count == 1 && !type.NumberFirst ? "" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var part = new DocxPart($"{type.Folder}{type.Stem}{number}.{type.Extension}", type.ContentType);
        parts.Add(part);
        source.AddRelationship(type.RelationshipType, "/" + part.Name, relationshipId, external: false);
        return part;
    }

    /// <summary>The zip: content types, package relationships, then every part and its relationships by name.</summary>
    public byte[] Save(DateTime timestamp)
    {
        var entries = new List<(string Name, DocxPart? Part, List<DocxRelationship>? Relationships)>(parts.Count * 2);
        foreach (var part in parts)
        {
            entries.Add((part.Name, part, null));
            if (part.Relationships.Count > 0)
            {
                entries.Add((RelationshipsName(part.Name), null, part.Relationships));
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        var zip = new DocxZip(timestamp);
        zip.AddRepeated("[Content_Types].xml", ContentTypes());
        zip.AddRepeated("_rels/.rels", Relationships(Root.Relationships));
        foreach (var (name, part, relationships) in entries)
        {
            if (part is not null)
            {
                part.WriteTo(zip);
            }
            else if (relationships!.Exists(r => r.External))
            {
                // Link addresses can differ per letter: not worth keeping.
                zip.Add(name, Relationships(relationships));
            }
            else
            {
                zip.AddRepeated(name, Relationships(relationships));
            }
        }
        return zip.ToArray();
    }

    /// <summary>word/document.xml has its relationships in word/_rels/document.xml.rels.</summary>
    private static string RelationshipsName(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return $"{partName[..(slash + 1)]}_rels/{partName[(slash + 1)..]}.rels";
    }

    /// <summary>
    /// System.IO.Packaging's rule: the first part with an extension makes it a Default, a later part of another type
    /// with that extension gets an Override; the relationship parts, written last, add the "rels" Default.
    /// The bytes are in this thread's <see cref="DocxXmlWriter"/> buffer until the next part is written.
    /// </summary>
    private ReadOnlySpan<byte> ContentTypes()
    {
        var defaults = new List<(string Extension, string ContentType)>();
        var overrides = new List<(string PartName, string ContentType)>();
        foreach (var part in parts)
        {
            var extension = part.Name[(part.Name.LastIndexOf('.') + 1)..];
            var existing = defaults.FindIndex(d => string.Equals(d.Extension, extension, StringComparison.OrdinalIgnoreCase));
            if (existing < 0)
            {
                defaults.Add((extension, part.ContentType));
            }
            else if (!string.Equals(defaults[existing].ContentType, part.ContentType, StringComparison.Ordinal))
            {
                overrides.Add(("/" + part.Name, part.ContentType));
            }
        }
        defaults.Add(("rels", RelationshipsContentType));

        var writer = DocxXmlWriter.Start(PackageProlog);
        writer.Raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"u8);
        foreach (var (extension, contentType) in defaults)
        {
            writer.Raw("<Default"u8);
            writer.Attribute("Extension"u8, extension);
            writer.Attribute("ContentType"u8, contentType);
            writer.Raw(" />"u8);
        }
        foreach (var (partName, contentType) in overrides)
        {
            writer.Raw("<Override"u8);
            writer.Attribute("PartName"u8, partName);
            writer.Attribute("ContentType"u8, contentType);
            writer.Raw(" />"u8);
        }
        writer.Raw("</Types>"u8);
        return writer.Written;
    }

    /// <summary>A relationship part, in this thread's <see cref="DocxXmlWriter"/> buffer until the next part is written.</summary>
    private static ReadOnlySpan<byte> Relationships(IReadOnlyList<DocxRelationship> relationships)
    {
        var writer = DocxXmlWriter.Start(PackageProlog);
        writer.Raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"u8);
        foreach (var relationship in relationships)
        {
            writer.Raw("<Relationship"u8);
            writer.Attribute("Type"u8, relationship.Type);
            writer.Attribute("Target"u8, relationship.Target);
            if (relationship.External)
            {
                writer.Raw(" TargetMode=\"External\""u8);
            }
            writer.Attribute("Id"u8, relationship.Id);
            writer.Raw(" />"u8);
        }
        writer.Raw("</Relationships>"u8);
        return writer.Written;
    }

    /// <summary>The package's own XML starts as System.IO.Packaging's XmlWriter started it: a byte order mark, then the declaration.</summary>
    private static ReadOnlySpan<byte> PackageProlog => "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8;
}

/// <summary>Where a kind of part goes and how it is named and related (the SDK's names, so the bytes stay the same).</summary>
internal sealed record DocxPartType(string ContentType, string RelationshipType, string Folder, string Stem, string Extension, bool NumberFirst = false)
{
    private const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public static DocxPartType MainDocument { get; } = new(Wordprocessing + "document.main+xml", Office + "officeDocument", "word/", "document", "xml");
    public static DocxPartType Header { get; } = new(Wordprocessing + "header+xml", Office + "header", "word/", "header", "xml", NumberFirst: true);
    public static DocxPartType Footer { get; } = new(Wordprocessing + "footer+xml", Office + "footer", "word/", "footer", "xml", NumberFirst: true);
    public static DocxPartType Styles { get; } = new(Wordprocessing + "styles+xml", Office + "styles", "word/", "styles", "xml");
    public static DocxPartType Numbering { get; } = new(Wordprocessing + "numbering+xml", Office + "numbering", "word/", "numbering", "xml");
    public static DocxPartType Settings { get; } = new(Wordprocessing + "settings+xml", Office + "settings", "word/", "settings", "xml");
    public static DocxPartType FontTable { get; } = new(Wordprocessing + "fontTable+xml", Office + "fontTable", "word/", "fontTable", "xml");
    public static DocxPartType Png { get; } = new("image/png", Office + "image", "media/", "image", "png");
    public static DocxPartType Jpeg { get; } = new("image/jpeg", Office + "image", "media/", "image", "jpg");

    public static DocxPartType CoreProperties { get; } = new(
        "application/vnd.openxmlformats-package.core-properties+xml",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/", "core", "xml");
}

internal sealed record DocxRelationship(string Type, string Target, string Id, bool External);

/// <summary>One part: its XML (written as the SDK wrote it, see <see cref="DocxXmlWriter"/>) or bytes, and the relationships it is the source of.</summary>
internal sealed class DocxPart(string name, string contentType)
{
    private const string HyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private int hyperlinks;

    public string Name { get; } = name;

    public string ContentType { get; } = contentType;

    public List<DocxRelationship> Relationships { get; } = [];

    /// <summary>The root element of a part written per letter (the document, a header).</summary>
    public DocxElement? Element { get; set; }

    /// <summary>True when the element usually saves to the same bytes in many letters, so their deflated form is kept.</summary>
    public bool Repeats { get; set; }

    /// <summary>Bytes instead of an element: a logo, or a part cached because it is the same in many letters.</summary>
    public DocxZipData? Data { get; set; }

    /// <summary>
    /// Relationship ids are numbered, not random, so the same letter gives the same bytes; numbered through the whole
    /// document so two parts of a bundle with links do not both claim rIdLink1.
    /// </summary>
    public string AddHyperlink(Uri uri)
    {
        var id = $"rIdLink{++hyperlinks}";
        AddRelationship(HyperlinkType, uri.OriginalString, id, external: true);
        return id;
    }

    public void AddRelationship(string type, string target, string id, bool external) =>
        Relationships.Add(new DocxRelationship(type, target, id, external));

    /// <summary>A part's bytes into the zip. An element is written into a buffer this thread reuses, and deflated from there.</summary>
    public void WriteTo(DocxZip zip)
    {
        if (Data is not null)
        {
            zip.Add(Name, Data);
            return;
        }
        var saved = DocxXmlWriter.Part(Element ?? throw new InvalidOperationException($"part {Name} has no content"));
        if (Repeats)
        {
            zip.AddRepeated(Name, saved);
        }
        else
        {
            zip.Add(Name, saved);
        }
    }
}
