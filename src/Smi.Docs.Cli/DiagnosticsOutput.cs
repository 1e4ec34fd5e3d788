using Smi.Docs.Diagnostics;

namespace Smi.Docs.Cli;

internal static class DiagnosticsOutput
{
    /// <summary>
    /// Bad input (2) when every problem lies in what the caller sent (<see cref="DiagnosticOriginExtensions.IsCallerInput"/>);
    /// a failure (1) as soon as one lies in the installation: it has to be fixed before the same request can succeed.
    /// </summary>
    public static int ExitCodeFor(SmiDocsException exception) =>
        exception.Diagnostics.All(d => d.Definition.Origin.IsCallerInput()) ? ExitCodes.BadInput : ExitCodes.Failure;

    public static async Task<int> ReportAsync(SmiDocsException exception, TextWriter error)
    {
        foreach (var diagnostic in exception.Diagnostics)
        {
            await error.WriteLineAsync(diagnostic.ToString());
        }
        await error.WriteLineAsync("Nothing was written.");
        return ExitCodeFor(exception);
    }
}
