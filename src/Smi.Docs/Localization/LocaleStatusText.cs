using System.Text;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Localization;

/// <summary>The lines of <c>smi-docs locales status</c>: one per file, its problems, and for a stale file the Dutch change.</summary>
public static class LocaleStatusText
{
    public static string Describe(FileReport report)
    {
        var text = new StringBuilder();
        var status = report.Status is { } known ? TranslationStatusText.Of(known) : "";
        text.AppendLine($"  {report.State.ToString().ToLowerInvariant(),-9} {status,-17} {report.TranslationPath}");
        foreach (var problem in report.Problems.Where(p => p.Severity == Severity.Error && p.Definition != LocalizationCodes.Missing))
        {
            text.AppendLine($"      {problem}");
        }
        if (report.IsStale)
        {
            if (report.DutchChange is null)
            {
                text.AppendLine($"      the Dutch changed since; cannot show the change: the Dutch it was made from is not in locales/bron/");
            }
            else
            {
                text.AppendLine($"      the Dutch changed since ({report.Source.SourcePath}):");
                foreach (var line in report.DutchChange.Where(l => l.Kind != DiffKind.Same))
                {
                    text.AppendLine($"        {(line.Kind == DiffKind.Removed ? '-' : '+')} {line.Index + 1,4}: {line.Text}");
                }
            }
        }
        return text.ToString();
    }

    public static string Totals(string language, IReadOnlyList<FileReport> reports)
    {
        int Count(FileState state) => reports.Count(r => r.State == state);
        return $"{language}: {reports.Count} files: {Count(FileState.Complete)} complete, {Count(FileState.Stale)} stale, {Count(FileState.Missing)} missing, {Count(FileState.Mismatch)} mismatch; "
            + $"{reports.Count(r => r.Status == TranslationStatus.Machinevertaling)} machinevertaling, "
            // vertaald is named only when a file has it, so the summary of a set without it reads as it always did.
            + (reports.Any(r => r.Status == TranslationStatus.Vertaald) ? $"{reports.Count(r => r.Status == TranslationStatus.Vertaald)} vertaald, " : "")
            + $"{reports.Count(r => r.Status == TranslationStatus.Gecontroleerd)} gecontroleerd";
    }
}
