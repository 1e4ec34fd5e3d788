using System.Buffers;
using System.Globalization;
using System.Text;

namespace Smi.Docs.Docx;

/// <summary>
/// Case data can contain characters XML 1.0 forbids (control characters, lone surrogates). The writer would
/// throw half-way and the exception would quote the text, so we drop them before they reach the package.
/// A value can also be one word longer than a line (issue 11), which Word does not break in every script: body text
/// gets a break opportunity in such a word (<see cref="Printable"/>).
/// </summary>
internal static class DocxText
{
    /// <summary>
    /// Longer than any word, e-mail address or web address a letter prints (a line holds about 90 characters), so
    /// normal text is never touched and an address stays whole to copy.
    /// </summary>
    internal const int LongestUnbrokenRun = 60;

    private const char ZeroWidthSpace = '\u200B';

    /// <summary>Every character that may need dropping: control characters, surrogates (fine in a pair), U+FFFE and U+FFFF.</summary>
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c),
         .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    /// <summary>Text for a run in the body: <see cref="Clean"/>, then a zero-width space in every over-long word.</summary>
    public static string Printable(string text) => BreakLongWords(Clean(text));

    /// <summary>
    /// Puts U+200B (a break opportunity that prints nothing) after every <see cref="LongestUnbrokenRun"/> characters
    /// without a space or hyphen, never inside a surrogate pair or before a combining mark. Counts an existing U+200B
    /// as a break, so joining two runs and breaking again changes nothing already broken.
    /// </summary>
    internal static string BreakLongWords(string text)
    {
        if (text.Length <= LongestUnbrokenRun)
        {
            return text;
        }
        StringBuilder? builder = null;
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            run = IsBreak(c) ? 0 : run + 1;
            if (run >= LongestUnbrokenRun && i + 1 < text.Length && CanBreakBefore(text, i + 1))
            {
                builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                builder.Append(c).Append(ZeroWidthSpace);
                run = 0;
                continue;
            }
            builder?.Append(c);
        }
        return builder?.ToString() ?? text;
    }

    private static bool IsBreak(char c) => char.IsWhiteSpace(c) || c is '-' or '\u00AD' or ZeroWidthSpace;

    private static bool CanBreakBefore(string text, int index)
    {
        var next = text[index];
        if (char.IsLowSurrogate(next) || IsBreak(next) || next is '\u200D' || next is >= '\uFE00' and <= '\uFE0F')
        {
            return false;
        }
        return CharUnicodeInfo.GetUnicodeCategory(next) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
    }

    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsAllowed(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Almost all text is clean: one vectorised search decides, and only a suspicious character is looked at closely.</summary>
    private static bool IsClean(string text)
    {
        var first = text.AsSpan().IndexOfAny(Suspicious);
        if (first < 0)
        {
            return true;
        }
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xFFFD && !char.IsSurrogate(c));
}
