using System.Text;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Localization;

/// <summary>
/// <c>smi-docs locales mark-updated</c>: after a translator brought a translation in line with the current Dutch,
/// record that Dutch as its source: rewrite only the bronHash value, keep the Dutch bytes in the store for the
/// next diff, and drop store entries nothing refers to any more.
/// </summary>
public sealed class LocaleMarker(string root)
{
    private readonly IReadOnlyList<LocaleSource> _sources = LocaleSources.Discover(root);

    public IReadOnlyList<LocaleSource> Sources => _sources;

    /// <summary>Marks the given translations; writes nothing when any of them cannot be marked.</summary>
    /// <returns>The translation paths whose bronHash changed.</returns>
    /// <exception cref="SmiDocsException">A translation is missing or has no usable bronHash.</exception>
    public IReadOnlyList<string> Mark(string language, IEnumerable<LocaleSource> sources)
    {
        var problems = new DiagnosticBag();
        var writes = new List<(string Path, string Text, byte[] Dutch)>();
        foreach (var source in sources)
        {
            var path = source.TranslationPath(language);
            if (!File.Exists(LocaleSources.FullPath(root, path)))
            {
                problems.Error(LocalizationCodes.Missing, $"no translation of {source.SourcePath} to mark", new SourceLocation(path));
                continue;
            }
            var dutch = File.ReadAllBytes(LocaleSources.FullPath(root, source.SourcePath));
            try
            {
                var translation = LocaleDocument.Load(root, path, source);
                if (!translation.Metadata.TryGetValue(TranslationMetadata.BronHashKey, out var field))
                {
                    problems.Error(LocalizationCodes.MetadataMissing, "'bronHash:' is missing; add the metadata of locales/README.md first", SourceLocation.InFile(path, 1, 1));
                    continue;
                }
                var hash = SourceHash.Of(dutch);
                var text = field.Value == hash ? translation.Text : TextEdit.Apply(translation.Text, [TextEdit.ForField(translation.Text, field, hash)]);
                writes.Add((path, text, dutch));
            }
            catch (SmiDocsException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    problems.Add(diagnostic);
                }
            }
        }
        problems.ThrowIfErrors();
        var store = new SourceStore(root);
        var changed = new List<string>();
        foreach (var (path, text, dutch) in writes)
        {
            store.Write(dutch);
            var fullPath = LocaleSources.FullPath(root, path);
            if (text != File.ReadAllText(fullPath))
            {
                FileWriter.WriteAtomically(fullPath, text);
                changed.Add(path);
            }
        }
        return changed;
    }

    /// <summary>Deletes store entries no translation refers to. Keeps everything when a translation cannot be read, rather than guess.</summary>
    /// <returns>The pruned hashes.</returns>
    public IReadOnlyList<string> PruneStore()
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in LocaleSources.Languages(root))
        {
            foreach (var source in _sources)
            {
                var path = source.TranslationPath(language);
                if (!File.Exists(LocaleSources.FullPath(root, path)))
                {
                    continue;
                }
                try
                {
                    if (LocaleDocument.Load(root, path, source).Metadata.TryGetValue(TranslationMetadata.BronHashKey, out var hash))
                    {
                        referenced.Add(hash.Value);
                    }
                }
                catch (SmiDocsException)
                {
                    return [];
                }
            }
        }
        return new SourceStore(root).Prune(referenced);
    }

    /// <summary>
    /// The sources named on the command line: a translation path, a Dutch source path or the path inside the
    /// language folder, relative to the root or the current directory.
    /// </summary>
    public IReadOnlyList<LocaleSource> Resolve(string language, IEnumerable<string> files)
    {
        var problems = new DiagnosticBag();
        var found = new List<LocaleSource>();
        foreach (var file in files)
        {
            var full = Path.GetFullPath(file);
            var relative = file.Replace('\\', '/');
            var source = _sources.FirstOrDefault(s =>
                relative == s.SourcePath || relative == s.TranslationPath(language) || relative == s.PathInLanguage
                || full == Path.GetFullPath(LocaleSources.FullPath(root, s.SourcePath))
                || full == Path.GetFullPath(LocaleSources.FullPath(root, s.TranslationPath(language))));
            if (source is null)
            {
                problems.Error(LocalizationCodes.UnknownTranslation, $"'{file}' is not a Dutch source or a translation to '{language}' (see locales/README.md, Layout)", new SourceLocation(file));
            }
            else
            {
                found.Add(source);
            }
        }
        problems.ThrowIfErrors();
        return found;
    }
}
