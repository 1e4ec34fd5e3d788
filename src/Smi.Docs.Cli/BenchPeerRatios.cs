using System.Globalization;
using System.Text.Json.Nodes;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs bench --peers out/results/run-*.jsonl</c> (issue 15 point 5): our rows against the peers' from the same
/// run's results, as letters per second (higher is better) with each side's peak RSS next to it, and the issue's target
/// for each ratio. With several files the median per engine is used, as the peers' summarize.js does.
/// </summary>
internal static class BenchPeerRatios
{
    /// <summary>Ours, the peer (engine names as their prefix), the issue's target ratio.</summary>
    private static readonly (string Measure, string Ours, string Peer, double Target)[] Comparisons =
    [
        ("DOCX vs docxtemplater", "smi-docs-docx", "docxtemplater", 2.0),
        ("DOCX vs Carbone", "smi-docs-docx", "carbone", double.NaN),
        ("PDF (pool full) vs LibreOffice batch", "smi-docs-pdf-parallel", "libreoffice 7.4 batch", 2.0),
        ("PDF (pool full) vs raw Chromium", "smi-docs-pdf-parallel", "chromium-raw-smi-letter", 0.9),
        ("PDF (one at a time) vs raw Chromium, 1 page", "smi-docs-pdf", "chromium-raw-smi-letter-1page", 0.9),
        ("batch HTML+DOCX vs docxtemplater", "smi-docs-batch", "docxtemplater", double.NaN),
    ];

    /// <summary>The issue's absolute targets, ours alone: engine, what is read, the limit, and whether lower is better.</summary>
    private static readonly (string Measure, string Engine, string Unit, double Target, bool AtMost)[] Absolute =
    [
        ("compose, one core (median ms per letter)", "smi-docs-compose", "ms", 0.5, true),
        ("HTML, one core (letters/s)", "smi-docs-html", "/s", 2000, false),
        ("first PDF from a cold process (s)", "smi-docs-pdf-cold", "s", 1.5, true),
    ];

    public static async Task WriteAsync(IReadOnlyList<string> files, TextWriter output)
    {
        var rows = files.SelectMany(File.ReadLines)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Where(row => row["engine"] is not null)
            .GroupBy(row => row["engine"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => (PerSecond: Median(g, "docs_per_s"), Ms: Median(g, "ms_per_doc_median"), Rss: Median(g, "peak_rss_mb"), Seconds: Median(g, "seconds")));

        await output.WriteLineAsync($"ratios from {string.Join(", ", files.Select(Path.GetFileName))} (letters/s, higher is better; peak RSS in MB)");
        await output.WriteLineAsync($"{"measure",-46}{"ours/s",9}{"RSS",7}{"peer/s",9}{"RSS",7}{"ratio",8}{"target",8}");
        foreach (var (measure, ours, peer, target) in Comparisons)
        {
            var mine = Find(rows, ours, exact: true);
            var theirs = Find(rows, peer, exact: peer.StartsWith("chromium-raw", StringComparison.Ordinal));
            if (mine is null || theirs is null)
            {
                await output.WriteLineAsync($"{measure,-46}  (not in the results: {(mine is null ? ours : peer)})");
                continue;
            }
            var ratio = mine.Value.PerSecond / theirs.Value.PerSecond;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{measure,-46}{mine.Value.PerSecond,9:F1}{mine.Value.Rss,7:F0}{theirs.Value.PerSecond,9:F1}{theirs.Value.Rss,7:F0}{ratio,7:F2}×{(double.IsNaN(target) ? "-" : $"≥{target:F1}×"),8}{(double.IsNaN(target) ? "" : ratio >= target ? "  met" : "  not met")}"));
        }
        foreach (var (measure, engine, unit, target, atMost) in Absolute)
        {
            if (Find(rows, engine, exact: true) is not { } row)
            {
                await output.WriteLineAsync($"{measure,-46}  (not in the results: {engine})");
                continue;
            }
            var value = unit switch { "ms" => row.Ms, "/s" => row.PerSecond, _ => row.Seconds };
            var met = atMost ? value <= target : value >= target;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{measure,-46}{value,9:0.###} {unit,-4}{(atMost ? "≤" : "≥")}{target:0.###} {unit}{(met ? "  met" : "  not met")}"));
        }
    }

    private static (double PerSecond, double Ms, double Rss, double Seconds)? Find(Dictionary<string, (double, double, double, double)> rows, string engine, bool exact) =>
        rows.Where(r => exact ? r.Key == engine : r.Key.StartsWith(engine, StringComparison.Ordinal)).Select(r => ((double, double, double, double)?)r.Value).FirstOrDefault();

    private static double Median(IEnumerable<JsonObject> rows, string key)
    {
        var values = rows.Select(r => r[key]?.GetValue<double>() ?? double.NaN).Where(v => !double.IsNaN(v)).Order().ToArray();
        return values.Length == 0 ? double.NaN : values.Length % 2 == 1 ? values[values.Length / 2] : (values[values.Length / 2 - 1] + values[values.Length / 2]) / 2;
    }
}
