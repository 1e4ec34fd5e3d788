using Smi.Docs.Composition;
using Smi.Docs.Formatting;
using Smi.Docs.Templating;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// One template the studio edits: a document in a language, inside a template set (a <c>templates/</c> folder with
/// <c>locales/</c> next to it, the layout of the repository). Made only from a known document and language, so its
/// paths are never built from what a request sent.
/// </summary>
internal sealed record StudioTemplate(string Document, DocumentLanguage Language)
{
    public static IReadOnlyList<string> Documents { get; } = DocumentDefinitions.Templates.Select(t => t.Id).ToList();

    public static StudioTemplate? Find(string document, string language) =>
        Documents.Contains(document, StringComparer.Ordinal) && DocumentLanguage.Find(language) is { } found ? new StudioTemplate(document, found) : null;

    private string FileName => Document + TemplateSource.Extension;

    /// <summary>Relative to the set's root, with '/' as the core's diagnostics name it: <c>templates/toekenning/toekenning.sbn-md</c>.</summary>
    public string DisplayPath => Language.IsDutch ? $"templates/{Document}/{FileName}" : $"locales/{Language.Code}/{Document}/{FileName}";

    public string PathIn(string root) => Path.Combine(root, DisplayPath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The root of a template set: the folder that holds <c>templates/</c> and <c>locales/</c>.</summary>
    public static string RootOf(string templatesFolder) => Path.GetDirectoryName(Path.GetFullPath(templatesFolder).TrimEnd(Path.DirectorySeparatorChar))!;
}
