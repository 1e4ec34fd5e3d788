using System.Text;

namespace Smi.Docs.Diagnostics;

/// <summary>
/// The last guard on what a diagnostic prints: no control character (a newline forges a diagnostic line, an escape
/// code reaches the terminal), no direction control and no lone surrogate, and no more than a screenful. Readers
/// already keep input text out of messages (docs/architecture.md §3); this holds for text that comes from elsewhere,
/// such as a file name or a parser's own message.
/// </summary>
internal static class DiagnosticText
{
    public const int MaximumLength = 1000;

    public static string Clean(string text)
    {
        if (text.Length <= MaximumLength && !text.Any(IsUnsafe))
        {
            return text;
        }
        var clean = new StringBuilder(Math.Min(text.Length, MaximumLength + 1));
        for (var i = 0; i < text.Length && clean.Length < MaximumLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(IsUnsafe(c) ? '?' : c);
            }
        }
        return clean.Length < text.Length ? clean.Append('…').ToString() : clean.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c)
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
