using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>
/// Checks a Handlebars template against the view-model type it will be rendered with, before any case
/// is rendered: syntax, the subset of Handlebars we allow, every path, helpers and partials. Build one
/// per set of helpers and share it; it keeps no state between calls.
/// </summary>
public sealed class TemplateChecker
{
    private readonly IReadOnlySet<string> _helpers;

    public TemplateChecker(IEnumerable<string> helperNames)
    {
        _helpers = helperNames.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Every problem in the template and the partials it uses, ordered by file and position. Partials are
    /// checked in the scope where they are included; their problems point into the partial's own file.
    /// </summary>
    /// <param name="partials">Partials by the name used in <c>{{&gt; naam}}</c>.</param>
    public IReadOnlyList<Diagnostic> Check(
        string templateText, string fileName, Type viewModelType, IReadOnlyDictionary<string, TemplateSource> partials)
    {
        var analyzer = Analyze(templateText, fileName, viewModelType, partials);
        return analyzer.Diagnostics.Items
            .Distinct()
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();
    }

    /// <summary>
    /// The view-model data the template reads, as absolute paths in template spelling, e.g.
    /// <c>aanvrager.achternaam</c> or <c>kinderen[].voornaam</c>. Containers used by blocks are listed
    /// too (<c>kinderen</c>). Paths that do not resolve are left out; <see cref="Check"/> reports them.
    /// </summary>
    public IReadOnlyList<string> Placeholders(
        string templateText, string fileName, Type viewModelType, IReadOnlyDictionary<string, TemplateSource> partials) =>
        Analyze(templateText, fileName, viewModelType, partials).DataPaths.ToList();

    private TemplateAnalyzer Analyze(
        string templateText, string fileName, Type viewModelType, IReadOnlyDictionary<string, TemplateSource> partials)
    {
        var analyzer = new TemplateAnalyzer(_helpers, partials);
        analyzer.Analyze(templateText, fileName, viewModelType);
        return analyzer;
    }
}
