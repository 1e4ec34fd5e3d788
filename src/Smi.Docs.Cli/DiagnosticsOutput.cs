using Smi.Docs.Diagnostics;

namespace Smi.Docs.Cli;

internal static class DiagnosticsOutput
{
    /// <summary>
    /// Problems in what the caller sent — the case (SMI1xxx), the profile (SMI2xxx), the options (SMI4xxx), a case
    /// the tables cannot calculate (SMI51xx) — are bad input (2); template (SMI3xxx), tariff-table files (SMI50xx)
    /// and installation problems such as a missing browser are failures (1).
    /// </summary>
    public static int ExitCodeFor(IReadOnlyList<Diagnostic> errors) =>
        errors.Where(d => d.Severity == Severity.Error).All(d => IsCallerInput(d.Code)) ? ExitCodes.BadInput : ExitCodes.Failure;

    /// <remarks>Five-digit codes (SMI10xxx: locales and translations) belong to the installation, not the caller.</remarks>
    private static bool IsCallerInput(string code) =>
        code.Length == "SMI0000".Length
        && (code.StartsWith("SMI1", StringComparison.Ordinal) || code.StartsWith("SMI2", StringComparison.Ordinal)
            || code.StartsWith("SMI4", StringComparison.Ordinal) || code.StartsWith("SMI51", StringComparison.Ordinal));

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
