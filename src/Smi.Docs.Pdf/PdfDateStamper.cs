using System.Globalization;
using System.Text;

namespace Smi.Docs.Pdf;

/// <summary>
/// Replaces the clock time Chromium (Skia) writes into the Info dictionary with the case's decision date, so the
/// same input gives the same bytes (docs/architecture.md §3). Skia always writes UTC as <c>(D:YYYYMMDDHHmmSS+00'00')</c>;
/// the replacement has exactly that length, so every xref offset after it stays valid.
/// </summary>
internal static class PdfDateStamper
{
    private static readonly byte[][] Keys = [Encoding.ASCII.GetBytes("/CreationDate ("), Encoding.ASCII.GetBytes("/ModDate (")];

    public static byte[] Stamp(byte[] pdf, DateTime timestamp)
    {
        var value = Encoding.ASCII.GetBytes(Format(timestamp));
        var result = (byte[])pdf.Clone();
        foreach (var key in Keys)
        {
            int at, from = 0;
            while ((at = Find(result, key, from)) >= 0)
            {
                var start = at + key.Length;
                var end = Array.IndexOf(result, (byte)')', start);
                if (end - start != value.Length)
                {
                    // A different length would shift every object after it and corrupt the xref table.
                    throw new InvalidOperationException(
                        $"Chromium wrote a PDF date of {end - start} bytes where {value.Length} were expected; "
                        + "the Chromium version probably changed its metadata format.");
                }
                value.CopyTo(result, start);
                from = end;
            }
        }
        return result;
    }

    /// <summary>
    /// Unspecified times are taken as they are (a decision date at midnight stays on its day); local times are
    /// converted, because the PDF states the offset +00'00'.
    /// </summary>
    internal static string Format(DateTime timestamp)
    {
        var utc = timestamp.Kind == DateTimeKind.Local ? timestamp.ToUniversalTime() : timestamp;
        return "D:" + utc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
    }

    private static int Find(byte[] haystack, byte[] needle, int from)
    {
        var index = haystack.AsSpan(from).IndexOf(needle);
        return index < 0 ? -1 : from + index;
    }
}
