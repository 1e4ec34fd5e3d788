using Smi.Docs.Diagnostics;

namespace Smi.Docs.Cli;

internal static class DiagnosticsOutput
{
    /// <summary>
    /// Bad input (2) when every problem lies in what the caller sent (<see cref="DiagnosticOriginExtensions.IsCallerInput"/>);
    /// a failure (1) as soon as one lies in the installation: it has to be fixed before the same request can succeed.
    /// </summary>
    public static int ExitCodeFor(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == Severity.Error).All(d => d.Definition.Origin.IsCallerInput()) ? ExitCodes.BadInput : ExitCodes.Failure;

    /// <summary>Prints what stopped a command (and any warnings found before) and says that nothing was written.</summary>
    public static async Task<int> ReportAsync(IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        await PrintAsync(diagnostics, error);
        await error.WriteLineAsync("Nothing was written.");
        return ExitCodeFor(diagnostics);
    }

    public static async Task PrintAsync(IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics)
        {
            await error.WriteLineAsync(diagnostic.ToString());
        }
    }
}
