using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>
/// A template file as communication staff write it: optional front matter between <c>---</c> lines
/// (<c>titel:</c>, <c>onderwerp:</c>) and a Handlebars/Markdown body. The front matter lines are blanked,
/// not removed, so line numbers in diagnostics match the file.
/// </summary>
public sealed record TemplateFile(string FileName, string Body, IReadOnlyDictionary<string, string> FrontMatter)
{
    public static TemplateFile Load(string path, string displayName) => Parse(File.ReadAllText(path), displayName);

    public static TemplateFile Parse(string text, string fileName)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var frontMatter = new Dictionary<string, string>(StringComparer.Ordinal);
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return new TemplateFile(fileName, string.Join('\n', lines), frontMatter);
        }
        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
        {
            throw new SmiDocsException(Diagnostic.Error("SMI3101", "front matter opened with '---' is never closed", SourceLocation.InFile(fileName, 1, 1)));
        }
        for (var i = 1; i < close; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }
            var colon = lines[i].IndexOf(':');
            if (colon <= 0)
            {
                throw new SmiDocsException(Diagnostic.Error("SMI3102", "front matter line must look like 'naam: waarde'", SourceLocation.InFile(fileName, i + 1, 1)));
            }
            frontMatter[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }
        for (var i = 0; i <= close; i++)
        {
            lines[i] = "";
        }
        return new TemplateFile(fileName, string.Join('\n', lines), frontMatter);
    }

    public string Required(string key) =>
        FrontMatter.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new SmiDocsException(Diagnostic.Error("SMI3103", $"front matter needs '{key}:'", SourceLocation.InFile(FileName, 1, 1)));
}
