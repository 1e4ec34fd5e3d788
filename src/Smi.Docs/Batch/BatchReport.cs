using System.Globalization;
using System.Text;
using System.Text.Json;
using Smi.Docs.Diagnostics;
using Smi.Docs.Rendering;

namespace Smi.Docs.Batch;

/// <summary>
/// The files a batch leaves for people: <c>rapport.json</c> and <c>rapport.csv</c> (every item that was not made, and every
/// item made with warnings, with the codes and JSON paths of its problems — never a value from the case) and <c>index.csv</c> for the mail house (per
/// file: kenmerk, document, language, path, pages, SHA-256). Written together, all or nothing, after every run, also an
/// interrupted one.
/// </summary>
public static class BatchReport
{
    public const string JsonReport = "rapport.json";
    public const string CsvReport = "rapport.csv";
    public const string Index = "index.csv";

    public static IReadOnlyList<string> Write(BatchResult result, string outputFolder) =>
        new OutputDirectory(outputFolder) { Overwrite = true }.WriteAll(Files(result));

    /// <summary>The report and the index as files, for a folder (the CLI) or a zip (the service).</summary>
    public static IReadOnlyList<RenderedFile> Files(BatchResult result) =>
    [
        new RenderedFile(JsonReport, ReportJson(result)),
        new RenderedFile(CsvReport, ReportCsv(result)),
        new RenderedFile(Index, IndexCsv(result)),
    ];

    /// <summary><c>rapport.json</c> alone (the service answers it while a batch runs).</summary>
    public static byte[] ReportJson(BatchResult result)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps apostrophes and accents readable; the report is read by people and parsed as JSON, never put in HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("totaal", result.Total);
            json.WriteNumber("gemaakt", result.Rendered);
            json.WriteNumber("alGemaakt", result.Skipped);
            json.WriteNumber("mislukt", result.Failures.Count);
            json.WriteNumber("nietGedaan", result.Total - result.Finished.Count - result.Failures.Count);
            json.WriteBoolean("onderbroken", result.Interrupted);
            Items(json, "fouten", result.Failures);
            Items(json, "waarschuwingen", result.Warnings);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Items(Utf8JsonWriter json, string name, IReadOnlyList<BatchItemReport> items)
    {
        json.WriteStartArray(name);
        foreach (var failure in items)
        {
            json.WriteStartObject();
            json.WriteString("item", failure.Item);
            json.WriteString("bron", failure.Source);
            WriteOptional(json, "kenmerk", failure.Kenmerk);
            WriteOptional(json, "document", failure.Document);
            WriteOptional(json, "taal", failure.Language);
            json.WriteStartArray("meldingen");
            foreach (var diagnostic in failure.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("ernst", diagnostic.Severity == Severity.Error ? "fout" : "waarschuwing");
                WriteOptional(json, "pad", diagnostic.Location.JsonPath);
                json.WriteString("bericht", diagnostic.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static byte[] ReportCsv(BatchResult result)
    {
        var csv = new StringBuilder();
        Row(csv, "item", "bron", "kenmerk", "document", "taal", "code", "ernst", "pad", "bericht");
        foreach (var failure in result.Failures.Concat(result.Warnings).OrderBy(r => r.Ordinal))
        {
            foreach (var d in failure.Diagnostics)
            {
                Row(csv, failure.Item, failure.Source, failure.Kenmerk, failure.Document, failure.Language, d.Code,
                    d.Severity == Severity.Error ? "fout" : "waarschuwing", d.Location.JsonPath, d.Message);
            }
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static byte[] IndexCsv(BatchResult result)
    {
        var csv = new StringBuilder();
        Row(csv, "kenmerk", "document", "taal", "bestand", "paginas", "sha256");
        foreach (var entry in result.Finished)
        {
            foreach (var file in entry.Files)
            {
                Row(csv, entry.Kenmerk, entry.Document, entry.Language, $"{entry.Item}/{file.Name}",
                    file.Pages?.ToString(CultureInfo.InvariantCulture), file.Sha256);
            }
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>
    /// RFC 4180 quoting; a field a spreadsheet would run as a formula (starting with = + - @) gets a leading
    /// apostrophe, since the mail house opens these files in one.
    /// </summary>
    private static void Row(StringBuilder csv, params string?[] fields)
    {
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
