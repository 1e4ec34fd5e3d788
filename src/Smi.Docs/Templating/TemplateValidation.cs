using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>Static checks run on every template before it is compiled, so errors carry file(line,col).</summary>
internal static class TemplateValidation
{
    private static readonly TemplateChecker Checker = new(FormattingHelpers.Names);

    public static IReadOnlyList<Diagnostic> Check(TemplateFile file, Type viewModelType, IReadOnlyDictionary<string, TemplateFile> partials) =>
        Checker.Check(file.Body, file.FileName, viewModelType, partials.ToDictionary(p => p.Key, p => new TemplateSource(p.Value.FileName, p.Value.Body)));
}
