using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Localization;

/// <summary>
/// <c>smi-docs locales import</c>: puts the targets of an XLIFF 2.0 file back into the translations, replacing only
/// the text of a paragraph or YAML value that changed, so an export followed by an import changes nothing. Every
/// file is checked first and written only when the whole XLIFF is valid: a half-imported language would mix
/// old and new texts without anyone noticing.
/// </summary>
public sealed class XliffImporter(string root)
{
    private readonly IReadOnlyDictionary<string, LocaleSource> _sources = LocaleSources.Discover(root).ToDictionary(s => s.SourcePath, StringComparer.Ordinal);

    /// <returns>The translation files written (created or changed).</returns>
    /// <exception cref="SmiDocsException">The XLIFF is malformed or a unit does not fit; nothing was written.</exception>
    public IReadOnlyList<string> Import(string xliffPath)
    {
        var display = Path.GetFileName(xliffPath);
        var document = Load(() => new StreamReader(xliffPath), display);
        var language = LanguageOf(document.Root!, display);
        var problems = new DiagnosticBag();
        var writes = new List<(string Path, string Text, byte[]? Dutch)>();
        foreach (var file in document.Root!.Elements(XliffNames.Core + "file"))
        {
            var original = (string?)file.Attribute("original") ?? "";
            if (!_sources.TryGetValue(original, out var source))
            {
                problems.Error(LocalizationCodes.XliffUnknown, $"<file original='{original}'> is not a Dutch source of locales/README.md", At(display, file));
                continue;
            }
            if (new FileImport(root, display, file, source, language, problems, null).Plan() is { Changed: true } write)
            {
                writes.Add((write.Path, write.Text, write.Dutch));
            }
        }
        problems.ThrowIfErrors();
        var store = new SourceStore(root);
        foreach (var (path, text, dutch) in writes)
        {
            FileWriter.WriteAtomically(LocaleSources.FullPath(root, path), text);
            if (dutch is not null)
            {
                store.Write(dutch);
            }
        }
        return writes.Select(w => w.Path).ToList();
    }

    /// <summary>
    /// The studio's upload: an XLIFF of one source (as <see cref="XliffExporter"/> makes it for a page), applied to
    /// <paramref name="translationText"/> (the draft) instead of the file; nothing is written.
    /// </summary>
    /// <param name="translationText">The translation as it is now; null when there is none yet (it starts from the Dutch).</param>
    /// <returns>The translation with the XLIFF's targets and status, unchanged where the XLIFF is.</returns>
    /// <exception cref="SmiDocsException">The XLIFF is malformed, of another language or file, or a unit does not fit.</exception>
    public string Import(string xliff, string display, LocaleSource source, string language, string? translationText)
    {
        var document = Load(() => new StringReader(xliff), display);
        var xliffLanguage = LanguageOf(document.Root!, display);
        if (xliffLanguage != language)
        {
            throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.XliffMalformed, $"trgLang is '{xliffLanguage}'; this translation is '{language}'", At(display, document.Root!)));
        }
        var problems = new DiagnosticBag();
        var files = document.Root!.Elements(XliffNames.Core + "file").ToList();
        if (files.Count == 0)
        {
            problems.Error(LocalizationCodes.XliffUnknown, $"no <file original='{source.SourcePath}'>", At(display, document.Root!));
        }
        string? text = null;
        foreach (var file in files)
        {
            var original = (string?)file.Attribute("original") ?? "";
            if (original != source.SourcePath)
            {
                problems.Error(LocalizationCodes.XliffUnknown, $"<file original='{original}'> is not {source.SourcePath}, the only file this import takes", At(display, file));
                continue;
            }
            text = new FileImport(root, display, file, source, language, problems, translationText).Plan()?.Text ?? text;
        }
        problems.ThrowIfErrors();
        if ((text ?? translationText) is { } result)
        {
            return result;
        }
        var dutch = File.ReadAllBytes(LocaleSources.FullPath(root, source.SourcePath));
        return NewTranslation.From(Encoding.UTF8.GetString(dutch), source, SourceHash.Of(dutch));
    }

    private static XDocument Load(Func<TextReader> open, string display)
    {
        // XLIFF 2.0 needs no DTD; one could read files through external entities (XXE) or expand entities into
        // gigabytes, so a DTD is refused and nothing outside the file is ever resolved.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var text = open();
            using var reader = XmlReader.Create(text, settings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException) when (DtdLine(open) is { } line)
        {
            throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.XliffDtd, "the file has a DTD (<!DOCTYPE>); expected XLIFF 2.0 without one", SourceLocation.InFile(display, line, 1)));
        }
        catch (XmlException e)
        {
            throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.XliffMalformed, $"not well-formed XML: {e.Message}", SourceLocation.InFile(display, e.LineNumber, e.LinePosition)));
        }
    }

    // The reader says "DTD is prohibited" only in its message text (and gives no line); find the declaration itself.
    private static int? DtdLine(Func<TextReader> open)
    {
        using var reader = open();
        var buffer = new char[64 * 1024];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        var at = buffer.AsSpan(0, read).IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : buffer.AsSpan(0, at).Count('\n') + 1;
    }

    private static string LanguageOf(XElement xliff, string display)
    {
        var language = (string?)xliff.Attribute("trgLang") ?? "";
        if (xliff.Name != XliffNames.Core + "xliff" || (string?)xliff.Attribute("version") != "2.0")
        {
            throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.XliffMalformed, $"expected <xliff version=\"2.0\" xmlns=\"{XliffNames.Core.NamespaceName}\">", At(display, xliff)));
        }
        if (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower) || language is "nl")
        {
            throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.XliffMalformed, "trgLang must be the language folder under locales/, such as 'en' or 'ar'", At(display, xliff)));
        }
        return language;
    }

    internal static SourceLocation At(string display, XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? SourceLocation.InFile(display, info.LineNumber, info.LinePosition) : new SourceLocation(display);

    /// <summary>One &lt;file&gt;: what its translation will look like after the import.</summary>
    /// <param name="current">The translation's text when it is not the file's (the studio's draft); null to read the file.</param>
    private sealed class FileImport(string root, string display, XElement file, LocaleSource source, string language, DiagnosticBag problems, string? current)
    {
        /// <returns>The new text (with the Dutch bytes for the store when the file is new) and whether it changed; null after an error or for a new file without targets.</returns>
        public (string Path, string Text, byte[]? Dutch, bool Changed)? Plan()
        {
            var path = source.TranslationPath(language);
            var dutchBytes = File.ReadAllBytes(LocaleSources.FullPath(root, source.SourcePath));
            var dutchText = Encoding.UTF8.GetString(dutchBytes);
            var exists = current is not null || File.Exists(LocaleSources.FullPath(root, path));
            var targets = new List<(XElement Unit, string Text)>();
            var allReviewed = true;
            foreach (var unit in file.Descendants(XliffNames.Core + "unit"))
            {
                var (text, reviewed) = ReadUnit(unit);
                allReviewed &= reviewed;
                if (text is not null)
                {
                    targets.Add((unit, text));
                }
            }
            if (!exists && targets.Count == 0)
            {
                return null;
            }
            var bronHash = Meta(TranslationMetadata.BronHashKey) ?? SourceHash.Of(dutchBytes);
            var before = current ?? (exists ? File.ReadAllText(LocaleSources.FullPath(root, path)) : NewTranslation.From(dutchText, source, bronHash));
            LocaleDocument translation;
            try
            {
                translation = LocaleDocument.Parse(before, path, source);
            }
            catch (SmiDocsException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    problems.Add(diagnostic);
                }
                return null;
            }
            var edits = new List<TextEdit>();
            var segments = translation.Segments.ToDictionary(s => XliffNames.Token(s.Id), StringComparer.Ordinal);
            foreach (var (unit, text) in targets)
            {
                var id = (string?)unit.Attribute("id") ?? "";
                if (!segments.TryGetValue(id, out var segment))
                {
                    Error(LocalizationCodes.XliffUnknown, unit, $"{path} has no text for this unit; its structure differs from the Dutch (run 'smi-docs locales status')");
                }
                else if (segment.Text != text)
                {
                    Replace(translation, segment, text, unit, edits);
                }
            }
            SetMetadata(translation, TranslationMetadata.StatusKey, StatusAfter(translation, allReviewed), quoteAsText: false, edits);
            var note = file.Element(XliffNames.Core + "notes")?.Elements(XliffNames.Core + "note").Select(n => n.Value).FirstOrDefault();
            if (note is not null)
            {
                SetMetadata(translation, TranslationMetadata.NotitiesKey, source.IsTemplate ? note.ReplaceLineEndings(" ") : note, quoteAsText: !source.IsTemplate, edits);
            }
            var after = TextEdit.Apply(before, edits);
            IReadOnlyList<Diagnostic> unreadable;
            try
            {
                // A safety net for the YAML quoting, the block rewriting and braces typed into a target: what we write must read back.
                unreadable = LocaleDocument.Parse(after, path, source).Template?.Source.SyntaxErrors ?? [];
            }
            catch (SmiDocsException e)
            {
                unreadable = e.Diagnostics;
            }
            if (unreadable.Count > 0)
            {
                foreach (var diagnostic in unreadable)
                {
                    problems.Add(diagnostic with { Message = "after import: " + diagnostic.Message });
                }
                return null;
            }
            var storeDutch = !exists && bronHash == SourceHash.Of(dutchBytes) ? dutchBytes : null;
            return (path, after, storeDutch, !exists || after != before);
        }

        /// <summary>
        /// Reviewed (or final) segments make the file gecontroleerd; otherwise a human translation stays vertaald (the
        /// exporter sent it as "translated"), and anything else is a machine draft.
        /// </summary>
        private static string StatusAfter(LocaleDocument translation, bool allReviewed) =>
            allReviewed ? TranslationStatusText.Gecontroleerd
            : translation.Metadata.TryGetValue(TranslationMetadata.StatusKey, out var status) && status.Value == TranslationStatusText.Vertaald ? TranslationStatusText.Vertaald
            : TranslationStatusText.Machinevertaling;

        private void Replace(LocaleDocument translation, Segment segment, string text, XElement unit, List<TextEdit> edits)
        {
            if (source.IsTemplate)
            {
                var isFrontMatter = TemplateText.FrontMatterTexts.Contains(segment.Id);
                if (isFrontMatter ? text.Contains('\n') : text.Split('\n').Any(l => l.Trim().Length == 0))
                {
                    // A line break in titel, or a blank line in a paragraph, would change the structure the units rely on.
                    Error(LocalizationCodes.XliffPlaceholder, unit, isFrontMatter ? "this text must be one line" : "a paragraph cannot contain a blank line");
                    return;
                }
                edits.Add(new TextEdit(segment.Span.Start, segment.Span.End, text));
                return;
            }
            var raw = translation.Text[segment.Span.Start..segment.Span.End];
            edits.Add(new TextEdit(segment.Span.Start, segment.Span.End, ScalarText.Translated(raw, segment.YamlStyle, text)));
        }

        private static void SetMetadata(LocaleDocument translation, string key, string value, bool quoteAsText, List<TextEdit> edits)
        {
            if (translation.Metadata.TryGetValue(key, out var field) && field.Value != value)
            {
                edits.Add(quoteAsText
                    ? new TextEdit(field.Span.Start, field.Span.End, (field.Span.Start > 0 && translation.Text[field.Span.Start - 1] == ':' ? " " : "") + ScalarText.DoubleQuoted(value))
                    : TextEdit.ForField(translation.Text, field, value));
            }
        }

        /// <returns>The translated text (null when a segment has no target) and whether every segment is reviewed or final.</returns>
        private (string? Text, bool Reviewed) ReadUnit(XElement unit)
        {
            var data = unit.Element(XliffNames.Core + "originalData")?.Elements(XliffNames.Core + "data")
                .ToDictionary(d => (string?)d.Attribute("id") ?? "", d => d.Value, StringComparer.Ordinal) ?? [];
            var target = new StringBuilder();
            var complete = true;
            var reviewed = true;
            var sourceCodes = new Dictionary<string, string>(StringComparer.Ordinal);
            var targetParts = new List<XElement>();
            foreach (var part in unit.Elements().Where(e => e.Name == XliffNames.Core + "segment" || e.Name == XliffNames.Core + "ignorable"))
            {
                var isSegment = part.Name.LocalName == "segment";
                reviewed &= !isSegment || XliffNames.IsReviewed((string?)part.Attribute("state"));
                var sourceElement = part.Element(XliffNames.Core + "source");
                foreach (var ph in sourceElement?.Descendants(XliffNames.Core + "ph") ?? [])
                {
                    sourceCodes[(string?)ph.Attribute("id") ?? ""] = (string?)ph.Attribute("dataRef") ?? "";
                }
                // An ignorable (whitespace a tool split off) may go without a target: its source is the text.
                var targetElement = part.Element(XliffNames.Core + "target") ?? (isSegment ? null : sourceElement);
                if (targetElement is null)
                {
                    complete = false;
                }
                else
                {
                    targetParts.Add(targetElement);
                }
            }
            if (!complete)
            {
                return (null, reviewed);
            }
            var used = new HashSet<string>(StringComparer.Ordinal);
            var valid = true;
            foreach (var part in targetParts)
            {
                valid &= AppendContent(unit, part, data, sourceCodes, used, target);
            }
            foreach (var missing in sourceCodes.Keys.Where(id => !used.Contains(id)))
            {
                Error(LocalizationCodes.XliffPlaceholder, unit, $"placeholder {missing} ({data.GetValueOrDefault(sourceCodes[missing], "?")}) is missing from the target");
                valid = false;
            }
            return (valid ? target.ToString() : null, reviewed);
        }

        private bool AppendContent(XElement unit, XElement content, Dictionary<string, string> data, Dictionary<string, string> sourceCodes, HashSet<string> used, StringBuilder target)
        {
            var valid = true;
            foreach (var node in content.Nodes())
            {
                switch (node)
                {
                    case XText text:
                        target.Append(text.Value);
                        break;
                    case XElement { Name.LocalName: "ph" } ph when ph.Name.Namespace == XliffNames.Core:
                        var code = Placeholder(unit, ph, data, sourceCodes, used);
                        valid &= code is not null;
                        target.Append(code);
                        break;
                    case XElement { Name.LocalName: "cp" } cp when cp.Name.Namespace == XliffNames.Core:
                        target.Append(char.ConvertFromUtf32(int.Parse((string?)cp.Attribute("hex") ?? "0", NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                        break;
                    case XElement { Name.LocalName: "mrk" } mrk when mrk.Name.Namespace == XliffNames.Core:
                        valid &= AppendContent(unit, mrk, data, sourceCodes, used, target);
                        break;
                    case XElement other:
                        Error(LocalizationCodes.XliffPlaceholder, other, $"<{other.Name.LocalName}> is not supported in a target; keep the <ph/> codes as exported");
                        valid = false;
                        break;
                }
            }
            return valid;
        }

        /// <returns>The code text, or null after reporting why the placeholder is not the unit's.</returns>
        private string? Placeholder(XElement unit, XElement ph, Dictionary<string, string> data, Dictionary<string, string> sourceCodes, HashSet<string> used)
        {
            var id = (string?)ph.Attribute("id") ?? "";
            var dataRef = (string?)ph.Attribute("dataRef") ?? "";
            if (!sourceCodes.TryGetValue(id, out var sourceRef))
            {
                Error(LocalizationCodes.XliffPlaceholder, ph, $"placeholder {id} is not in the source of unit '{UnitName(unit)}'");
                return null;
            }
            if (!used.Add(id))
            {
                Error(LocalizationCodes.XliffPlaceholder, ph, $"placeholder {id} appears twice in the target of unit '{UnitName(unit)}'");
                return null;
            }
            if (!data.TryGetValue(dataRef, out var code))
            {
                Error(LocalizationCodes.XliffPlaceholder, ph, $"dataRef '{dataRef}' is not in the <originalData> of unit '{UnitName(unit)}'");
                return null;
            }
            // Only meervoud may be written differently from the Dutch (its word forms); everything else is the Dutch code.
            if (dataRef != sourceRef && InlineCode.KeyOf(code, source.IsTemplate) != InlineCode.KeyOf(data.GetValueOrDefault(sourceRef, ""), source.IsTemplate))
            {
                Error(LocalizationCodes.XliffPlaceholder, ph, $"placeholder {id} must be {data.GetValueOrDefault(sourceRef, "?")}, not {code}");
                return null;
            }
            return code;
        }

        private string? Meta(string type) =>
            file.Elements(XliffNames.Metadata + "metadata").Elements(XliffNames.Metadata + "metaGroup")
                .Elements(XliffNames.Metadata + "meta").FirstOrDefault(m => (string?)m.Attribute("type") == type)?.Value;

        private static string UnitName(XElement unit) => (string?)unit.Attribute("name") ?? (string?)unit.Attribute("id") ?? "";

        private void Error(DiagnosticCode code, XElement at, string message)
        {
            var unit = at.AncestorsAndSelf(XliffNames.Core + "unit").FirstOrDefault();
            var where = unit is null ? source.SourcePath : $"{source.SourcePath} unit '{UnitName(unit)}'";
            problems.Error(code, $"{where}: {message}", At(display, at));
        }
    }
}
