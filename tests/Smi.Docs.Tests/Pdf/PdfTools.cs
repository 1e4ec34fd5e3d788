using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Smi.Docs.Tests.Pdf;

/// <summary>
/// Poppler as the oracle for our PDFs (STYLE: external tools as oracles). The tools must be installed
/// (scripts/install-prerequisites.sh); a missing tool fails the test with that hint rather than skipping it.
/// </summary>
internal static partial class PdfTools
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Text in reading order (no <c>-layout</c>, so columns and RTL lines come out as logical text),
    /// UTF-8 with LF line ends; pages are separated by a form feed.
    /// </summary>
    public static string Text(byte[] pdf) => Run("pdftotext", pdf, "-enc", "UTF-8", "-eol", "unix", "{pdf}", "-");

    /// <summary>
    /// Every word with its box in points from the top left of its page (<c>pdftotext -bbox</c>), and the page's width:
    /// where a line ends, whether text stays inside a margin or the address window.
    /// </summary>
    public static IReadOnlyList<PdfWord> Words(byte[] pdf)
    {
        var words = new List<PdfWord>();
        var page = 0;
        var width = 0.0;
        foreach (Match m in BboxLine().Matches(Run("pdftotext", pdf, "-bbox", "-enc", "UTF-8", "{pdf}", "-")))
        {
            if (m.Groups["pw"].Success)
            {
                page++;
                width = Number(m.Groups["pw"].Value);
                continue;
            }
            words.Add(new PdfWord(System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value), page, width,
                Number(m.Groups["x0"].Value), Number(m.Groups["y0"].Value), Number(m.Groups["x1"].Value), Number(m.Groups["y1"].Value)));
        }
        return words;
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>pdfinfo</c> with ISO dates, so values do not depend on the machine's time zone.</summary>
    public static string Info(byte[] pdf) => Run("pdfinfo", pdf, "-isodates", "{pdf}");

    public static int PageCount(byte[] pdf) => int.Parse(InfoField(pdf, "Pages"), System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsTagged(byte[] pdf) => InfoField(pdf, "Tagged") == "yes";

    /// <summary>One <c>pdfinfo</c> field, such as <c>CreationDate</c> or <c>Title</c>.</summary>
    public static string InfoField(byte[] pdf, string field)
    {
        var prefix = field + ":";
        var line = Info(pdf).Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(line is not null, $"pdfinfo printed no '{field}' field");
        return line![prefix.Length..].Trim();
    }

    public static IReadOnlyList<PdfFont> Fonts(byte[] pdf)
    {
        var lines = Run("pdffonts", pdf, "{pdf}").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Columns are fixed-width; the dashed second line gives their boundaries (names may contain spaces).
        var columns = Columns(lines[1]);
        return lines.Skip(2).Select(line =>
        {
            string Cell(int i) => line.Substring(columns[i].Start, Math.Min(columns[i].Length, line.Length - columns[i].Start)).Trim();
            var name = Cell(0);
            return new PdfFont(name, Cell(1), Cell(2), Cell(3) == "yes", Cell(4) == "yes", Cell(5) == "yes");
        }).ToList();
    }

    /// <summary>The document language from the catalog's <c>/Lang</c>; poppler's tools do not print it.</summary>
    public static string? CatalogLanguage(byte[] pdf)
    {
        // Skia writes the catalog as a plain (uncompressed) object, so it can be read from the bytes.
        var text = Encoding.Latin1.GetString(pdf);
        var catalog = CatalogPattern().Match(text);
        Assert.True(catalog.Success, "the PDF has no readable /Type /Catalog object");
        var lang = LangPattern().Match(catalog.Value);
        return lang.Success ? lang.Groups[1].Value : null;
    }

    private static List<(int Start, int Length)> Columns(string dashes) =>
        DashRun().Matches(dashes).Select(m => (m.Index, m.Length + 1)).ToList();

    private static string Run(string tool, byte[] pdf, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"smi-docs-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg == "{pdf}" ? file : arg);
            }
            using var process = StartOrFail(start, tool);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ToolTimeout))
            {
                process.Kill();
                Assert.Fail($"{tool} did not finish within {ToolTimeout.TotalSeconds} s");
            }
            Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Process StartOrFail(ProcessStartInfo start, string tool)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"'{tool}' (poppler-utils) is not installed; run scripts/install-prerequisites.sh. ({ex.Message})", ex);
        }
    }

    [GeneratedRegex(@"/Type /Catalog\b.*?endobj", RegexOptions.Singleline)]
    private static partial Regex CatalogPattern();

    [GeneratedRegex(@"/Lang \(([^)]*)\)")]
    private static partial Regex LangPattern();

    [GeneratedRegex(@"<page width=""(?<pw>[0-9.]+)""|<word xMin=""(?<x0>[0-9.]+)"" yMin=""(?<y0>[0-9.]+)"" xMax=""(?<x1>[0-9.]+)"" yMax=""(?<y1>[0-9.]+)"">(?<text>[^<]*)</word>")]
    private static partial Regex BboxLine();

    [GeneratedRegex("-+")]
    private static partial Regex DashRun();
}
