using Smi.Docs.Cli;

namespace Smi.Docs.Tests.Bench;

/// <summary>
/// <c>smi-docs bench --peers</c> (issue 15 point 5) reads one run's JSON lines and says, per target, what was measured and
/// whether it is met: the ratios against the peers and our own one-core and cold-start limits.
/// </summary>
public sealed class BenchPeerRatiosTests : IDisposable
{
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("smi-docs-ratios-").FullName, "run-x.jsonl");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    [Fact]
    public async Task Each_target_is_read_from_its_row_and_called_met_or_not_met()
    {
        await File.WriteAllLinesAsync(_file,
        [
            "not a row: run-peers.sh prints progress too",
            """{"engine":"docxtemplater 3.71.0","docs":2000,"seconds":6.6,"docs_per_s":300,"ms_per_doc_median":3.0,"peak_rss_mb":128}""",
            """{"engine":"smi-docs-docx","docs":2000,"seconds":3.3,"docs_per_s":660,"ms_per_doc_median":1.4,"peak_rss_mb":126}""",
            """{"engine":"smi-docs-compose","docs":2000,"seconds":0.9,"docs_per_s":2200,"ms_per_doc_median":0.42,"peak_rss_mb":126}""",
            """{"engine":"smi-docs-html","docs":2000,"seconds":1.1,"docs_per_s":1800,"ms_per_doc_median":0.55,"peak_rss_mb":126}""",
            """{"engine":"smi-docs-pdf-cold","docs":1,"seconds":3.21,"docs_per_s":0.31,"ms_per_doc_median":3210,"peak_rss_mb":140}""",
        ], TestContext.Current.CancellationToken);
        var output = new StringWriter();

        await BenchPeerRatios.WriteAsync([_file], output);

        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("DOCX vs docxtemplater", StringComparison.Ordinal) && l.Contains("2.20×") && l.EndsWith("  met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("compose, one core", StringComparison.Ordinal) && l.Contains("0.42 ms") && l.EndsWith("  met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("HTML, one core", StringComparison.Ordinal) && l.Contains("1800 /s") && l.EndsWith("not met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("first PDF from a cold process", StringComparison.Ordinal) && l.Contains("3.21 s") && l.EndsWith("not met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("PDF (pool full) vs LibreOffice batch", StringComparison.Ordinal) && l.Contains("not in the results"));
    }
}
