namespace Smi.Docs.PlainLanguage;

/// <summary>
/// Blanks the Handlebars tags of a template body so only prose is left, keeping every other character
/// (and so every line and column) where it was. A value placeholder becomes one neutral word, because
/// the reader sees a value there ("Dat is <c>{{periode.maanden}}</c> maanden" keeps its shape);
/// block tags, partials, <c>else</c> and comments disappear.
/// </summary>
internal static class HandlebarsMask
{
    /// <summary>
    /// The word that stands in for a value: short, one syllable, common, and on no rule's list, so a
    /// placeholder counts as one ordinary word. It fits in the shortest tag (<c>{{x}}</c>).
    /// </summary>
    public const string PlaceholderWord = "iets";

    public static char[] Mask(string body)
    {
        var text = body.ToCharArray();
        var position = 0;
        while (true)
        {
            var open = body.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                return text;
            }
            if (open > 0 && body[open - 1] == '\\')
            {
                // \{{ is printed literally by Handlebars; blank the backslash and read on.
                text[open - 1] = ' ';
                position = open + 2;
                continue;
            }
            var close = CloseOf(body, open);
            var inside = body[(open + 2)..Math.Max(open + 2, close - 2)].Trim('~', '{', '}', ' ', '\t');
            Blank(text, open, close);
            if (IsValue(inside))
            {
                PlaceholderWord.CopyTo(0, text, open, PlaceholderWord.Length);
            }
            position = close;
        }
    }

    /// <returns>The offset just after the tag; the end of the text for an unclosed tag (the template checker reports those).</returns>
    private static int CloseOf(string body, int open)
    {
        var terminator = body.AsSpan(open + 2).StartsWith("!--") || body.AsSpan(open + 2).StartsWith("~!--") ? "--}}" : "}}";
        var close = body.IndexOf(terminator, open + 2, StringComparison.Ordinal);
        return close < 0 ? body.Length : close + terminator.Length;
    }

    private static bool IsValue(string inside) =>
        inside.Length > 0
        && "#/^>!&".IndexOf(inside[0]) < 0
        && inside != "else"
        && !inside.StartsWith("else ", StringComparison.Ordinal);

    // Newlines stay so multi-line comments keep the lines after them in place.
    private static void Blank(char[] text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != '\n')
            {
                text[i] = ' ';
            }
        }
    }
}
