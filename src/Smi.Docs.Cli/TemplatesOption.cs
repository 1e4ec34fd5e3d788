using System.CommandLine;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>--templates</c>: where the Dutch templates are. Defaults to the copy next to the program, so
/// communication staff can point the CLI at their working copy while editing.
/// </summary>
internal static class TemplatesOption
{
    public static Option<DirectoryInfo?> Create() => new("--templates")
    {
        Description = "Template directory (default: the templates shipped with smi-docs). Translations are read from locales/ next to it.",
    };

    public static string Resolve(DirectoryInfo? option) =>
        option?.FullName ?? Path.Combine(AppContext.BaseDirectory, "templates");
}
