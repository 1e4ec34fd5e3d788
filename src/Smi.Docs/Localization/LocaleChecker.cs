using System.Text;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Localization;

/// <summary>
/// <c>smi-docs locales status</c>: each translation against its current Dutch source. Missing and mismatched
/// files (and unusable metadata) are errors; stale is a warning, because an older translation is still a
/// faithful copy of what the Dutch said when it was made.
/// </summary>
public sealed class LocaleChecker(string root)
{
    private readonly IReadOnlyList<LocaleSource> _sources = LocaleSources.Discover(root);
    private readonly SourceStore _store = new(root);

    public IReadOnlyList<FileReport> Check(string language) => _sources.Select(s => Check(language, s)).ToList();

    public FileReport Check(string language, LocaleSource source)
    {
        var path = source.TranslationPath(language);
        if (!File.Exists(LocaleSources.FullPath(root, path)))
        {
            return new FileReport(language, source, FileState.Missing, null, false,
                [Diagnostic.Error(LocalizationCodes.Missing, $"no translation of {source.SourcePath}", new SourceLocation(path))], null);
        }
        return Check(language, source, File.ReadAllText(LocaleSources.FullPath(root, path)));
    }

    /// <summary>The same check on a translation's text that is not (yet) its file: the studio's draft.</summary>
    public FileReport Check(string language, LocaleSource source, string translationText)
    {
        var path = source.TranslationPath(language);
        var dutchBytes = File.ReadAllBytes(LocaleSources.FullPath(root, source.SourcePath));
        var problems = new DiagnosticBag();
        TranslationMetadata? metadata;
        try
        {
            var dutch = LocaleDocument.Parse(Encoding.UTF8.GetString(dutchBytes), source.SourcePath, source);
            var translation = LocaleDocument.Parse(translationText, path, source);
            metadata = TranslationMetadata.Read(translation, source, path, problems);
            if (source.IsTemplate)
            {
                TemplateComparer.Compare(dutch.Template!, translation.Template!, language, problems);
            }
            else
            {
                YamlComparer.Compare(dutch.Yaml!, translation.Yaml!, source.Kind, problems);
            }
        }
        catch (SmiDocsException e)
        {
            return new FileReport(language, source, FileState.Mismatch, null, false, e.Diagnostics, null);
        }
        var currentHash = SourceHash.Of(dutchBytes);
        var isStale = metadata is not null && metadata.BronHash != currentHash;
        IReadOnlyList<DiffLine>? change = null;
        if (isStale)
        {
            var old = _store.Read(metadata!.BronHash);
            change = old is null ? null : LineDiff.CompareText(old, Encoding.UTF8.GetString(dutchBytes));
            problems.Warning(LocalizationCodes.Stale, $"made from older Dutch ({metadata.BronHash}, now {currentHash})", new SourceLocation(path));
        }
        var state = problems.HasErrors ? FileState.Mismatch : isStale ? FileState.Stale : FileState.Complete;
        return new FileReport(language, source, state, metadata?.Status, isStale, problems.Items, change);
    }
}
