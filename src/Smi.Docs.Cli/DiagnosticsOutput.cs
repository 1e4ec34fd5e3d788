using Smi.Docs.Diagnostics;

namespace Smi.Docs.Cli;

internal static class DiagnosticsOutput
{
    /// <summary>
    /// Problems in what the caller sent — the case (SMI1xxx), the profile (SMI2xxx), the options (SMI4xxx), a case
    /// the tables cannot calculate (SMI51xx) — are bad input (2); template (SMI3xxx), tariff-table files (SMI50xx)
    /// and installation problems such as a missing browser are failures (1).
    /// </summary>
    public static int ExitCodeFor(SmiDocsException exception) =>
        exception.Diagnostics.All(d => IsCallerInput(d.Code)) ? ExitCodes.BadInput : ExitCodes.Failure;

    /// <remarks>Five-digit codes (SMI10xxx: locales and translations) belong to the installation, not the caller.</remarks>
    private static bool IsCallerInput(string code) =>
        code.Length == "SMI0000".Length
        && (code.StartsWith("SMI1", StringComparison.Ordinal) || code.StartsWith("SMI2", StringComparison.Ordinal)
            || code.StartsWith("SMI4", StringComparison.Ordinal) || code.StartsWith("SMI51", StringComparison.Ordinal));

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
