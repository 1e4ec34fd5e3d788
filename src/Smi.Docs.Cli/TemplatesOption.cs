using System.CommandLine;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>--templates</c>: where the Dutch templates are. Defaults to the copy next to the program, so
/// communication staff can point the CLI at their working copy while editing.
/// </summary>
internal static class TemplatesOption
{
    private const string FixedTextsFile = "teksten.yaml";

    public static Option<DirectoryInfo?> Create() => new("--templates")
    {
        Description = "Template directory (default: the templates shipped with smi-docs). Translations are read from locales/ next to it.",
    };

    /// <summary>The folder to read, once it is known to be one with the fixed texts every document needs (else SMI4013).</summary>
    public static string Resolve(DirectoryInfo? option)
    {
        var directory = option?.FullName ?? Path.Combine(AppContext.BaseDirectory, "templates");
        var problem = !Directory.Exists(directory) ? "no template folder here; point --templates at a copy of templates/"
            : !File.Exists(Path.Combine(directory, FixedTextsFile)) ? $"this folder lacks {FixedTextsFile}, so it is not a template folder; point --templates at a copy of templates/"
            : null;
        return problem is null
            ? directory
            : throw new SmiDocsException(Diagnostic.Error(OptionCodes.TemplatesNotFound, problem, new SourceLocation(directory)));
    }
}
