using System.Text.Json;
using System.Text.Json.Serialization;

namespace Smi.Docs.Cli;

/// <summary>
/// One measured configuration in the peers' contract (<c>peers/extra/README.md</c>): engine, docs, seconds, docs/s,
/// median ms per document and peak RSS, plus notes. The same shape for <c>bench --batch</c> and <c>bench peers</c>, so
/// one results file holds both and the peers' <c>summarize.js</c> reads ours.
/// </summary>
internal sealed record BenchRow(
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("docs")] int Docs,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("docs_per_s")] double DocsPerSecond,
    [property: JsonPropertyName("ms_per_doc_median")] double MsPerDocMedian,
    [property: JsonPropertyName("peak_rss_mb")] double PeakRssMb)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>This process's processor seconds for the row (<see cref="BenchProcess"/>), taken when the row is made, right after its work.</summary>
    [JsonPropertyName("cpu_s")]
    public double CpuSeconds { get; init; } = Round(BenchProcess.CpuSecondsSinceReset(), 3);

    [JsonPropertyName("cpu_ms_per_doc")]
    public double CpuMsPerDoc => Docs == 0 ? 0 : Round(CpuSeconds * 1000 / Docs, 3);

    [JsonPropertyName("ms_per_doc_p95")]
    public double? MsPerDocP95 { get; init; }

    [JsonPropertyName("warmup")]
    public int? Warmup { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }

    /// <summary>Rows from per-document times (sequential runs): median and p95 from the times, rate from the wall clock.</summary>
    public static BenchRow FromTimes(string engine, double[] milliseconds, double seconds, double peakRssMb)
    {
        var sorted = milliseconds.Order().ToArray();
        return new BenchRow(engine, sorted.Length, Round(seconds, 3), Round(sorted.Length / seconds, 1), Round(sorted[sorted.Length / 2], 3), peakRssMb)
        {
            MsPerDocP95 = Round(sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(sorted.Length * 0.95) - 1)], 3),
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
