using System.Text;
using Smi.Docs.Formatting;

namespace Smi.Docs.Templating;

/// <summary>
/// Makes a case value inert inside Markdown so it shows literally in every output format:
/// <c>**x**</c>, <c>&lt;script&gt;</c>, <c>[a](b)</c>, <c># kop</c>, <c>1. lijst</c> or <c>{{aanvrager}}</c> stay text.
/// </summary>
public static class MarkdownEscaper
{
    /// <summary>
    /// Cleans the value with <see cref="InertText"/>, then escapes every ASCII punctuation character with a
    /// backslash — CommonMark allows that for all of them (spec §2.4), so no list of "dangerous" characters
    /// can go stale.
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
        if (char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c)))
        {
            target.Append('\\').Append(c);
            return;
        }
        InertText.Append(target, c);
    }
}
