using System.Globalization;
using System.Text;
using YamlDotNet.Core;

namespace Smi.Docs.Localization;

/// <summary>Writes a YAML value in place of an old one, keeping the old style where that is safe.</summary>
internal static class ScalarText
{
    /// <summary>A double-quoted scalar: valid in block and flow context whatever the text holds.</summary>
    public static string DoubleQuoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>A short machine value (a hash, a status) in the quoting the file already used.</summary>
    public static string Like(ScalarStyle? style, string value) => style switch
    {
        ScalarStyle.DoubleQuoted => DoubleQuoted(value),
        ScalarStyle.SingleQuoted => $"'{value}'",
        _ => value,
    };

    /// <summary>
    /// A translated text in place of <paramref name="oldRaw"/>. A <c>&gt;-</c> block stays a block when the new text
    /// has no line break and no doubled or edge spaces, the cases where folding would change the value; its lines
    /// are wrapped at spaces, which folding turns back into those spaces. Anything else is double-quoted.
    /// </summary>
    public static string Translated(string oldRaw, ScalarStyle? style, string value)
    {
        if (style == ScalarStyle.Folded && oldRaw.StartsWith(">-", StringComparison.Ordinal) && IsFoldable(value))
        {
            var firstBreak = oldRaw.IndexOf('\n');
            var indentEnd = firstBreak + 1;
            while (indentEnd < oldRaw.Length && oldRaw[indentEnd] == ' ')
            {
                indentEnd++;
            }
            var indent = oldRaw[(firstBreak + 1)..indentEnd];
            var newline = firstBreak > 0 && oldRaw[firstBreak - 1] == '\r' ? "\r\n" : "\n";
            if (indent.Length > 0)
            {
                return ">-" + newline + string.Join(newline, Wrap(value, 100).Select(line => indent + line));
            }
        }
        return DoubleQuoted(value);
    }

    private static bool IsFoldable(string value) =>
        value.Length > 0 && !value.Contains('\n') && !value.Contains('\r') && !value.Contains('\t') && !value.Contains("  ", StringComparison.Ordinal)
        && value[0] != ' ' && value[^1] != ' ';

    private static IEnumerable<string> Wrap(string value, int width)
    {
        var line = new StringBuilder();
        foreach (var word in value.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        yield return line.ToString();
    }
}
