using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;

namespace Smi.Docs.Templating;

/// <summary>
/// Checks a template against the view-model type it will be rendered with, before any case is rendered: syntax, the
/// subset of Scriban letters may use, every path, our functions and their arguments, partials. Keeps no state between
/// calls; build one per language and share it.
/// </summary>
public sealed class TemplateChecker(DocumentLanguage language)
{
    public DocumentLanguage Language { get; } = language;

    /// <summary>
    /// Every problem in the template and the partials it includes, ordered by file and position. A partial is checked
    /// once, against the globals only (Scriban renders it in a new local scope); its problems point into its own file.
    /// </summary>
    /// <param name="partials">Partials by the name used in <c>{{ include 'naam' }}</c>.</param>
    public IReadOnlyList<Diagnostic> Check(TemplateSource source, Type viewModelType, IReadOnlyDictionary<string, TemplateSource> partials) =>
        Walk(source, viewModelType, partials).Diagnostics;

    /// <summary>
    /// The view-model data the template reads, as data paths in template spelling: <c>aanvrager.achternaam</c>,
    /// <c>kinderen[].voornaam</c>; lists gone through with <c>for</c> are listed too (<c>kinderen</c>). Paths that do not
    /// resolve are left out; <see cref="Check"/> reports them.
    /// </summary>
    public IReadOnlyList<string> Placeholders(TemplateSource source, Type viewModelType, IReadOnlyDictionary<string, TemplateSource> partials) =>
        Walk(source, viewModelType, partials).DataPaths.ToList();

    private TemplateCheck Walk(TemplateSource source, Type viewModelType, IReadOnlyDictionary<string, TemplateSource> partials)
    {
        var check = new TemplateCheck(viewModelType, Language, partials);
        new TemplateWalker(check).WalkFile(source, TemplateScope.Globals);
        return check;
    }
}
