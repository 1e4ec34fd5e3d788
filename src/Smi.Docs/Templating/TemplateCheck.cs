using Scriban.Syntax;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;

namespace Smi.Docs.Templating;

/// <summary>
/// The state of one check: the file being walked (the template or one of its partials), what was found so far and the
/// data paths read. One instance per <see cref="TemplateChecker.Check"/>; not thread-safe.
/// </summary>
internal sealed class TemplateCheck(Type viewModelType, DocumentLanguage language, IReadOnlyDictionary<string, TemplateSource> partials)
{
    private readonly HashSet<Diagnostic> _seen = [];
    private readonly List<Diagnostic> _diagnostics = [];

    public Type ViewModelType { get; } = viewModelType;

    public DocumentLanguage Language { get; } = language;

    public IReadOnlyDictionary<string, TemplateSource> Partials { get; } = partials;

    /// <summary>The partials being walked, outermost first, to report a partial that includes itself with its chain.</summary>
    public List<string> PartialChain { get; } = [];

    public HashSet<string> PartialsWalked { get; } = new(StringComparer.Ordinal);

    public TemplateSource File { get; set; } = null!;

    public SortedSet<string> DataPaths { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics
        .OrderBy(d => d.Location.File, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ToList();

    public void Add(Diagnostic diagnostic)
    {
        if (_seen.Add(diagnostic))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public void Error(DiagnosticCode code, string message, ScriptNode node) =>
        Add(Diagnostic.Error(code, message, File.Locate(node.Span)));

    public void NotAllowed(ScriptNode node) => Error(TemplateDiagnosticCodes.NotAllowed, TemplateSubset.Refusal(node), node);
}
