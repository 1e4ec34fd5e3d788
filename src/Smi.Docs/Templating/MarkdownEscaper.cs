using System.Globalization;
using System.Text;

namespace Smi.Docs.Templating;

/// <summary>
/// Makes a case value inert inside Markdown so it shows literally in every output format:
/// <c>**x**</c>, <c>&lt;script&gt;</c>, <c>[a](b)</c>, <c># kop</c>, <c>1. lijst</c> or <c>{{aanvrager}}</c> stay text.
/// </summary>
public static class MarkdownEscaper
{
    /// <summary>
    /// Escapes every ASCII punctuation character with a backslash — CommonMark allows that for all of them
    /// (spec §2.4), so no list of "dangerous" characters can go stale. Line breaks become spaces, because a
    /// value must never start a new block. Explicit bidirectional embeddings, overrides and isolates
    /// (U+202A–U+202E, U+2066–U+2069) are shown as their code point: in a decision they can only disguise
    /// text (a reversed amount or name), while the harmless marks LRM/RLM/ALM that real names use are kept.
    /// </summary>
    public static string Escape(string value)
    {
        var result = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            AppendEscaped(result, c);
        }
        return result.ToString();
    }

    internal static void AppendEscaped(StringBuilder target, char c)
    {
        if (c is '\r' or '\n' or '\t')
        {
            target.Append(' ');
        }
        else if (IsDirectionalFormatting(c))
        {
            target.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
        }
        else if (char.IsControl(c))
        {
            // Other control characters have no meaning in a letter and are invalid in XML (DOCX).
        }
        else
        {
            if (char.IsAscii(c) && char.IsPunctuation(c) || char.IsAscii(c) && char.IsSymbol(c))
            {
                target.Append('\\');
            }
            target.Append(c);
        }
    }

    private static bool IsDirectionalFormatting(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
