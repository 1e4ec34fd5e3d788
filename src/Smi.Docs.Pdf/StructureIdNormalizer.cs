using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Smi.Docs.Pdf;

/// <summary>
/// Chromium names tagged table header cells after their DOM node ids, e.g. <c>/ID (node00000021)</c>, and refers to
/// them from <c>/Headers</c> and the structure tree's <c>/IDTree</c>. Those ids keep counting on a reused page, so
/// the same letter printed twice differs. Renumbering them from 1 in their original order makes the bytes repeatable
/// while keeping every reference, the name tree's sort order and the byte length (so the xref stays valid).
/// </summary>
internal static partial class StructureIdNormalizer
{
    public static byte[] Normalize(byte[] pdf)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip unchanged.
        var text = Encoding.Latin1.GetString(pdf);
        var ids = NodeId().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return pdf;
        }
        var renumbered = ids
            .Select((id, index) => (id, fresh: (index + 1).ToString("D8", CultureInfo.InvariantCulture)))
            .ToDictionary(pair => pair.id, pair => pair.fresh);
        var result = NodeId().Replace(text, m => $"(node{renumbered[m.Groups[1].Value]})");
        return Encoding.Latin1.GetBytes(result);
    }

    // Eight digits in Chromium 156. Another width would simply not match: the bytes then vary, the text does not.
    [GeneratedRegex(@"\(node([0-9a-f]{8})\)")]
    private static partial Regex NodeId();
}
