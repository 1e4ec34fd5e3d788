using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Smi.Docs.Pdf;

/// <summary>
/// Which characters some installed font can draw, from fontconfig (the fonts Chromium falls back to on Linux). A character
/// outside it prints as an empty box and the letter silently loses text (issue 11), so the printer refuses it (PDF008).
/// Read once when the printer starts; where fontconfig is absent the check is off rather than wrong.
/// </summary>
internal sealed partial class FontCoverage
{
    private readonly (int First, int Last)[] _ranges;

    private FontCoverage((int First, int Last)[] ranges) => _ranges = ranges;

    /// <summary>Null when <c>fc-list</c> cannot be run.</summary>
    public static FontCoverage? Load()
    {
        var start = new ProcessStartInfo("fc-list") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--format=%{charset}\n");
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }
            var output = process.StandardOutput.ReadToEnd();
            return process.WaitForExit(10_000) && process.ExitCode == 0 ? Parse(output) : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    /// <summary>fontconfig's charset format: hexadecimal code points and ranges (<c>20-7e a0 4e00-9fff</c>), one font a line.</summary>
    internal static FontCoverage Parse(string charsets)
    {
        var ranges = charsets.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(item => item.Split('-'))
            .Select(bounds => (First: Hex(bounds[0]), Last: Hex(bounds[^1])))
            .OrderBy(range => range.First)
            .ToList();
        var merged = new List<(int First, int Last)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.First <= merged[^1].Last + 1)
            {
                merged[^1] = (merged[^1].First, Math.Max(merged[^1].Last, range.Last));
            }
            else
            {
                merged.Add(range);
            }
        }
        return new FontCoverage([.. merged]);
    }

    /// <summary>
    /// The first character of the document's text that no font has, or null. Markup, the style sheet and characters that
    /// draw nothing (controls, format characters such as isolates and joiners, variation selectors) are not looked at.
    /// </summary>
    public int? FirstMissing(string html)
    {
        var text = WebUtility.HtmlDecode(Tag().Replace(Style().Replace(html, " "), " "));
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Draws(rune))
            {
                continue;
            }
            if (!Covers(rune.Value))
            {
                return rune.Value;
            }
        }
        return null;
    }

    private bool Covers(int codePoint)
    {
        int low = 0, high = _ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (codePoint < _ranges[middle].First)
            {
                high = middle - 1;
            }
            else if (codePoint > _ranges[middle].Last)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }

    private static bool Draws(System.Text.Rune rune) =>
        !System.Text.Rune.IsWhiteSpace(rune)
        && System.Text.Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format)
        && rune.Value is not (>= 0xFE00 and <= 0xFE0F) and not (>= 0xE0100 and <= 0xE01EF);

    private static int Hex(string text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<style\b.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Style();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
