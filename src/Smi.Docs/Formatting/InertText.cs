using System.Globalization;
using System.Text;

namespace Smi.Docs.Formatting;

/// <summary>
/// Makes outside text (case data, profile values) safe to place anywhere in a letter, before any
/// format-specific escaping. Explicit bidirectional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) are shown as their code point: in a decision they can only disguise
/// text (a reversed amount or name), while the harmless marks LRM/RLM/ALM that real names use are kept.
/// Line breaks and tabs become spaces (a value never starts a new block); other control characters have
/// no meaning in a letter and are invalid in XML (DOCX), so they are dropped.
/// </summary>
public static class InertText
{
    public static string Clean(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) || IsDirectionalFormatting(c))
            {
                var result = new StringBuilder(value.Length + 8);
                foreach (var d in value)
                {
                    Append(result, d);
                }
                return result.ToString();
            }
        }
        return value;
    }

    /// <summary>Appends <paramref name="c"/> as inert text; returns false when nothing visible was appended.</summary>
    internal static bool Append(StringBuilder target, char c)
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
            return false;
        }
        else
        {
            target.Append(c);
        }
        return true;
    }

    private static bool IsDirectionalFormatting(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
