using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;

namespace Smi.Docs.Templating;

/// <summary>
/// Checks a template against the view-model type it will be rendered with, before any case is rendered.
/// </summary>
public sealed class TemplateChecker(DocumentLanguage language)
{
    public DocumentLanguage Language { get; } = language;

    public IReadOnlyList<Diagnostic> Check(TemplateSource source, Type viewModelType, IReadOnlyDictionary<string, TemplateSource> partials) =>
        source.SyntaxErrors;
}
