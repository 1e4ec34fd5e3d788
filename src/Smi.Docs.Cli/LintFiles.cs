using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;
using Smi.Docs.Templating;

namespace Smi.Docs.Cli;

/// <summary>Expands the paths given to <c>smi-docs lint</c> into template files and fixed texts, in a stable order.</summary>
internal static class LintFiles
{
    public static (IReadOnlyList<LintFile> Files, IReadOnlyList<Diagnostic> Problems) Find(IEnumerable<string> paths)
    {
        var files = new List<LintFile>();
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(ToLintFile(path));
            }
            else if (Directory.Exists(path))
            {
                // The fixed texts outside the templates (teksten.yaml) are read by parents too.
                var found = Directory.GetFiles(path, "*" + TemplateSource.Extension, SearchOption.AllDirectories)
                    .Concat(Directory.GetFiles(path, "teksten.yaml", SearchOption.AllDirectories))
                    .Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    problems.Add(Diagnostic.Error(PlainLanguageCodes.PathNotFound, $"no {TemplateSource.Extension} templates in this directory", new SourceLocation(path)));
                }
                files.AddRange(found.Select(ToLintFile));
            }
            else
            {
                problems.Add(Diagnostic.Error(PlainLanguageCodes.PathNotFound, "no such file or directory", new SourceLocation(path)));
            }
        }
        return (files.DistinctBy(f => f.FullPath).ToList(), problems);
    }

    private static LintFile ToLintFile(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var display = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return new LintFile(full, display.Replace('\\', '/'));
    }
}
