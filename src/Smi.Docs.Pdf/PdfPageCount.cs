using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Smi.Docs.Pdf;

/// <summary>
/// The number of pages of a PDF Chromium (Skia) wrote: the <c>/Count</c> of the page tree the catalog points at.
/// Skia writes the catalog and the page tree as plain objects (no object streams), and text only inside compressed
/// content streams, so nothing a letter says can look like these keys.
/// </summary>
public static partial class PdfPageCount
{
    public static int Of(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var catalog = Catalog().Match(text);
        var root = catalog.Success ? Object(int.Parse(catalog.Groups[1].Value, CultureInfo.InvariantCulture)).Match(text) : Match.Empty;
        if (!root.Success)
        {
            throw new InvalidOperationException("Chromium wrote a PDF without a readable page tree; the Chromium version probably changed its output.");
        }
        return int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static Regex Object(int number) =>
        new($@"(?<![0-9]){number} 0 obj\s*<<(?:(?!endobj).)*?/Count ([0-9]+)", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    [GeneratedRegex(@"/Type /Catalog\b(?:(?!endobj).)*?/Pages ([0-9]+) 0 R", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Catalog();
}
