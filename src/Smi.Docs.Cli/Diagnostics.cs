using Smi.Docs.Diagnostics;

namespace Smi.Docs.Cli;

internal static class DiagnosticsOutput
{
    /// <summary>Template and installation problems are failures (1); problems in what the caller sent are bad input (2).</summary>
    public static int ExitCodeFor(SmiDocsException exception) =>
        exception.Diagnostics.Any(d => d.Code.StartsWith("SMI3", StringComparison.Ordinal)) ? ExitCodes.Failure : ExitCodes.BadInput;

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
