using System.Text;
using System.Xml;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Localization;

/// <summary>
/// <c>smi-docs locales export</c>: one XLIFF 2.0 file per language for translation tools, with a &lt;file&gt; per Dutch
/// source, a unit per paragraph or YAML text, the tags as protected &lt;ph/&gt; codes and the status as segment state.
/// </summary>
public sealed class XliffExporter(string root)
{
    /// <returns>The XLIFF text and warnings about units exported without their translation.</returns>
    /// <exception cref="SmiDocsException">A Dutch source or a translation cannot be read.</exception>
    public (string Xliff, IReadOnlyList<Diagnostic> Warnings) Export(string language) =>
        Write(language, LocaleSources.Discover(root).Select(source => (source, Load(language, source))));

    /// <summary>
    /// One Dutch source with <paramref name="translationText"/> as its translation instead of the file (the studio's
    /// draft, which lives in the database); null exports the Dutch only.
    /// </summary>
    /// <exception cref="SmiDocsException">The Dutch source or the translation text cannot be read.</exception>
    public (string Xliff, IReadOnlyList<Diagnostic> Warnings) Export(string language, LocaleSource source, string? translationText) =>
        Write(language, [(source, translationText is null ? null : LocaleDocument.Parse(translationText, source.TranslationPath(language), source))]);

    private LocaleDocument? Load(string language, LocaleSource source) =>
        File.Exists(LocaleSources.FullPath(root, source.TranslationPath(language))) ? LocaleDocument.Load(root, source.TranslationPath(language), source) : null;

    private (string Xliff, IReadOnlyList<Diagnostic> Warnings) Write(string language, IEnumerable<(LocaleSource Source, LocaleDocument? Translation)> files)
    {
        var warnings = new DiagnosticBag();
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = false, NewLineHandling = NewLineHandling.Entitize, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            Line(writer, 0);
            writer.WriteStartElement("xliff", XliffNames.Core.NamespaceName);
            writer.WriteAttributeString("xmlns", "mda", null, XliffNames.Metadata.NamespaceName);
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("srcLang", "nl");
            writer.WriteAttributeString("trgLang", language);
            foreach (var (source, translation) in files)
            {
                WriteFile(writer, language, source, translation, warnings);
            }
            Line(writer, 0);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return (Encoding.UTF8.GetString(stream.ToArray()) + "\n", warnings.Items);
    }

    private void WriteFile(XmlWriter writer, string language, LocaleSource source, LocaleDocument? translation, DiagnosticBag warnings)
    {
        var dutchBytes = File.ReadAllBytes(LocaleSources.FullPath(root, source.SourcePath));
        var dutch = LocaleDocument.Parse(Encoding.UTF8.GetString(dutchBytes), source.SourcePath, source);
        var path = source.TranslationPath(language);
        var metadata = translation?.Metadata ?? new Dictionary<string, MetadataField>();
        var status = metadata.TryGetValue(TranslationMetadata.StatusKey, out var statusField) ? TranslationStatusText.Parse(statusField.Value) : null;

        Line(writer, 1);
        writer.WriteStartElement("file", XliffNames.Core.NamespaceName);
        writer.WriteAttributeString("id", XliffNames.Token(source.PathInLanguage));
        writer.WriteAttributeString("original", source.SourcePath);
        Line(writer, 2);
        writer.WriteStartElement("mda", "metadata", XliffNames.Metadata.NamespaceName);
        Line(writer, 3);
        writer.WriteStartElement("mda", "metaGroup", XliffNames.Metadata.NamespaceName);
        writer.WriteAttributeString("category", XliffNames.MetaGroupCategory);
        Meta(writer, TranslationMetadata.Bron, source.SourcePath);
        // A new translation starts from today's Dutch; an existing one keeps the Dutch it was made from.
        Meta(writer, TranslationMetadata.BronHashKey, metadata.TryGetValue(TranslationMetadata.BronHashKey, out var hash) ? hash.Value : SourceHash.Of(dutchBytes));
        if (status is not null)
        {
            Meta(writer, TranslationMetadata.StatusKey, TranslationStatusText.Of(status.Value));
        }
        Line(writer, 3);
        writer.WriteEndElement();
        Line(writer, 2);
        writer.WriteEndElement();
        if (metadata.TryGetValue(TranslationMetadata.NotitiesKey, out var notities) && notities.Value.Length > 0)
        {
            Line(writer, 2);
            writer.WriteStartElement("notes", XliffNames.Core.NamespaceName);
            writer.WriteElementString("note", XliffNames.Core.NamespaceName, notities.Value);
            writer.WriteEndElement();
        }
        var translated = translation?.Segments.ToDictionary(s => s.Id, StringComparer.Ordinal) ?? [];
        if (translation is not null && !translated.Keys.ToHashSet().SetEquals(dutch.Segments.Select(s => s.Id)))
        {
            warnings.Warning(LocalizationCodes.XliffUnknown,
                "its paragraphs or texts do not pair with the Dutch; units without a partner are exported without a translation (run 'smi-docs locales status')",
                new SourceLocation(path));
        }
        foreach (var segment in dutch.Segments)
        {
            var target = translated.GetValueOrDefault(segment.Id);
            var unit = XliffUnit.Build(segment.Id, segment.Text, InlineCode.In(dutch, segment), target?.Text, target is null ? [] : InlineCode.In(translation!, target));
            if (target is not null && unit.Target is null)
            {
                warnings.Warning(LocalizationCodes.XliffPlaceholder,
                    $"unit '{segment.Id}': the translation's codes do not match the Dutch; exported without it (run 'smi-docs locales status')",
                    SourceLocation.InFile(path, target.Span.Line, target.Span.Column));
            }
            WriteUnit(writer, unit, unit.Target is null || status is null ? XliffNames.Initial : XliffNames.StateOf(status.Value));
        }
        Line(writer, 1);
        writer.WriteEndElement();
    }

    private static void WriteUnit(XmlWriter writer, XliffUnit unit, string state)
    {
        Line(writer, 2);
        writer.WriteStartElement("unit", XliffNames.Core.NamespaceName);
        writer.WriteAttributeString("id", XliffNames.Token(unit.Id));
        writer.WriteAttributeString("name", unit.Id);
        if (unit.Data.Count > 0)
        {
            Line(writer, 3);
            writer.WriteStartElement("originalData", XliffNames.Core.NamespaceName);
            foreach (var (id, code) in unit.Data)
            {
                Line(writer, 4);
                writer.WriteStartElement("data", XliffNames.Core.NamespaceName);
                writer.WriteAttributeString("id", id);
                writer.WriteString(code);
                writer.WriteEndElement();
            }
            Line(writer, 3);
            writer.WriteEndElement();
        }
        Line(writer, 3);
        writer.WriteStartElement("segment", XliffNames.Core.NamespaceName);
        writer.WriteAttributeString("state", state);
        Line(writer, 4);
        Content(writer, "source", unit.Source);
        if (unit.Target is not null)
        {
            Line(writer, 4);
            Content(writer, "target", unit.Target);
        }
        Line(writer, 3);
        writer.WriteEndElement();
        Line(writer, 2);
        writer.WriteEndElement();
    }

    private static void Content(XmlWriter writer, string element, IReadOnlyList<XliffPiece> pieces)
    {
        writer.WriteStartElement(element, XliffNames.Core.NamespaceName);
        foreach (var piece in pieces)
        {
            if (piece.PlaceholderId is null)
            {
                writer.WriteString(piece.Text);
            }
            else
            {
                writer.WriteStartElement("ph", XliffNames.Core.NamespaceName);
                writer.WriteAttributeString("id", piece.PlaceholderId);
                writer.WriteAttributeString("dataRef", piece.Text);
                writer.WriteEndElement();
            }
        }
        writer.WriteEndElement();
    }

    private static void Meta(XmlWriter writer, string type, string value)
    {
        Line(writer, 4);
        writer.WriteStartElement("mda", "meta", XliffNames.Metadata.NamespaceName);
        writer.WriteAttributeString("type", type);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    // Indentation written by hand, only between elements: inside <source> and <target> every space is text.
    private static void Line(XmlWriter writer, int depth) => writer.WriteWhitespace("\n" + new string(' ', depth * 2));
}
