using System.Text;
using Smi.Docs.Diagnostics;
using Smi.Docs.Localization;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// A translation as the translators' view shows and saves it. The segments are the core's (<see cref="LocaleDocument"/>),
/// paired with the Dutch by id as XLIFF pairs them; the changed Dutch lines are the diff <c>smi-docs locales status</c>
/// shows (the Dutch the bronHash names, from locales/bron/, against the Dutch now); the codes are the core's
/// <see cref="InlineCode"/>s, so the page can only change the text between them.
/// </summary>
internal sealed class TranslatorText
{
    private readonly string _root;

    private TranslatorText(string root, StudioTemplate template, LocaleDocument translation, string currentHash, IReadOnlyList<TranslatorRow> rows)
    {
        _root = root;
        Template = template;
        Translation = translation;
        CurrentHash = currentHash;
        Rows = rows;
    }

    public StudioTemplate Template { get; }

    public LocaleDocument Translation { get; }

    public string Text => Translation.Text;

    public IReadOnlyList<TranslatorRow> Rows { get; }

    /// <summary>The bronHash of the Dutch as it is now.</summary>
    public string CurrentHash { get; }

    public string? BronHash => Translation.Metadata.TryGetValue(TranslationMetadata.BronHashKey, out var hash) ? hash.Value : null;

    public bool IsStale => BronHash is not null && BronHash != CurrentHash;

    public TranslationStatus? Status =>
        Translation.Metadata.TryGetValue(TranslationMetadata.StatusKey, out var status) ? TranslationStatusText.Parse(status.Value) : null;

    /// <summary>Names the text a page was made from, so a save over a text changed meanwhile is refused instead of mixed.</summary>
    public string Fingerprint => SourceHash.Of(Encoding.UTF8.GetBytes(Text));

    /// <param name="root">The tenant's template set (templates/ and locales/).</param>
    /// <exception cref="SmiDocsException">The Dutch or the translation cannot be read as a template.</exception>
    public static TranslatorText Read(string root, StudioTemplate template, string translationText)
    {
        var dutchTemplate = new StudioTemplate(template.Document, Formatting.DocumentLanguage.Dutch);
        var source = SourceOf(root, template);
        var dutchBytes = File.ReadAllBytes(dutchTemplate.PathIn(root));
        var dutchText = Encoding.UTF8.GetString(dutchBytes);
        var dutch = LocaleDocument.Parse(dutchText, source.SourcePath, source);
        var translation = LocaleDocument.Parse(translationText, template.DisplayPath, source);
        var bronHash = translation.Metadata.TryGetValue(TranslationMetadata.BronHashKey, out var hash) ? hash.Value : null;
        var old = bronHash is null ? null : new SourceStore(root).Read(bronHash);
        var (changedLines, removedNear) = old is null ? (new HashSet<int>(), new HashSet<int>()) : Changes(old, dutchText);
        var translated = translation.Segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var rows = dutch.Segments.Select((segment, index) =>
        {
            var firstLine = segment.Span.Line - 1;
            var lineCount = segment.Text.Count(c => c == '\n') + 1;
            var changed = Enumerable.Range(0, lineCount).Where(l => changedLines.Contains(firstLine + l)).ToHashSet();
            var dutchCodes = InlineCode.In(dutch, segment);
            var target = translated.GetValueOrDefault(segment.Id);
            var codes = target is null ? [] : InlineCode.In(translation, target);
            // XLIFF's pairing decides whether the codes are the Dutch ones; a unit without a target means they are not.
            var pairs = target is not null && XliffUnit.Build(segment.Id, segment.Text, dutchCodes, target.Text, codes).Target is not null;
            var removedHere = Enumerable.Range(0, lineCount).Any(l => removedNear.Contains(firstLine + l));
            return new TranslatorRow(index + 1, segment, dutchCodes, changed, changed.Count > 0 || removedHere, target, codes, pairs);
        }).ToList();
        return new TranslatorText(root, template, translation, SourceHash.Of(dutchBytes), rows);
    }

    /// <summary>The Dutch source of a translation as the locale tools know it (locales/README.md, Layout).</summary>
    public static LocaleSource SourceOf(string root, StudioTemplate template)
    {
        var dutch = new StudioTemplate(template.Document, Formatting.DocumentLanguage.Dutch).DisplayPath;
        return LocaleSources.Discover(root).Single(s => s.SourcePath == dutch);
    }

    /// <summary>0-based lines of the new Dutch that are added or rewritten, and the lines next to which old lines were removed.</summary>
    private static (HashSet<int> Changed, HashSet<int> RemovedNear) Changes(string oldDutch, string newDutch)
    {
        var changed = new HashSet<int>();
        var removedNear = new HashSet<int>();
        var next = 0;
        foreach (var line in LineDiff.CompareText(oldDutch, newDutch))
        {
            switch (line.Kind)
            {
                case DiffKind.Added:
                    changed.Add(line.Index);
                    next = line.Index + 1;
                    break;
                case DiffKind.Same:
                    next++;
                    break;
                default:
                    // A removed line touches the segment before and after the place it was.
                    removedNear.Add(next);
                    removedNear.Add(next - 1);
                    break;
            }
        }
        return (changed, removedNear);
    }

    /// <summary>
    /// The translation with the posted words between the codes, the status and (when <paramref name="markUpdated"/>)
    /// the bronHash of the Dutch as it is now. A piece that was not posted stays as it is.
    /// </summary>
    /// <returns>The new text, or the problems located at their segments (then nothing may be saved).</returns>
    public (string? Text, IReadOnlyList<Diagnostic> Problems) Apply(Func<string, string?> posted, TranslationStatus? status, bool markUpdated)
    {
        var problems = new DiagnosticBag();
        var edits = new List<TextEdit>();
        foreach (var row in Rows.Where(r => r.Editable))
        {
            var pieces = row.Pieces;
            var text = new StringBuilder();
            for (var k = 0; k < pieces.Count; k++)
            {
                var words = pieces[k].IsLayout ? null : posted(row.FieldName(k))?.ReplaceLineEndings("\n");
                if (words is not null && (words.Contains("{{", StringComparison.Ordinal) || words.Contains("}}", StringComparison.Ordinal)))
                {
                    Error(problems, row, "'{{' or '}}' typed into the text; the codes stay where they are, type only the words between them");
                }
                text.Append(words is null ? pieces[k].Text : pieces[k].Before + words + pieces[k].After);
                if (k < row.Codes.Count)
                {
                    text.Append(row.Codes[k].Text);
                }
            }
            var result = text.ToString();
            if (row.IsFrontMatter ? result.Contains('\n') || result.Trim().Length == 0 : result.Split('\n').Any(l => l.Trim().Length == 0))
            {
                Error(problems, row, row.IsFrontMatter ? "this text must be one line and not empty" : "a paragraph cannot be empty or contain a blank line");
            }
            if (result != row.Translation!.Text)
            {
                edits.Add(new TextEdit(row.Translation.Span.Start, row.Translation.Span.End, result));
            }
        }
        if (status is { } newStatus && Status != newStatus && Translation.Metadata.TryGetValue(TranslationMetadata.StatusKey, out var statusField))
        {
            edits.Add(TextEdit.ForField(Text, statusField, TranslationStatusText.Of(newStatus)));
        }
        if (markUpdated && IsStale && Translation.Metadata.TryGetValue(TranslationMetadata.BronHashKey, out var hashField))
        {
            edits.Add(TextEdit.ForField(Text, hashField, CurrentHash));
        }
        if (problems.HasErrors)
        {
            return (null, problems.Items);
        }
        var after = TextEdit.Apply(Text, edits);
        // A safety net behind the field rules: read back, every segment's codes must still be the Dutch ones.
        try
        {
            var reread = Read(_root, Template, after).Rows;
            foreach (var row in Rows.Where(r => r.Editable && !reread[r.Number - 1].Editable))
            {
                Error(problems, row, "its codes no longer pair with the Dutch");
            }
        }
        catch (SmiDocsException e)
        {
            problems.AddRange(e.Diagnostics);
        }
        return problems.HasErrors ? (null, problems.Items) : (after, []);
    }

    private void Error(DiagnosticBag problems, TranslatorRow row, string message)
    {
        var span = row.Translation?.Span ?? row.Dutch.Span;
        problems.Error(LocalizationCodes.SegmentCodes, $"{row.Name}: {message}", SourceLocation.InFile(Template.DisplayPath, span.Line, span.Column));
    }
}
