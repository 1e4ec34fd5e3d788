namespace Smi.Docs.Localization;

/// <summary>One <c>{{…}}</c> in a text: its exact characters and where they are.</summary>
public sealed record HandlebarsTag(string Text, int Start, int End)
{
    /// <summary>The inside without braces and whitespace-control tildes, whitespace collapsed.</summary>
    public string Inside => string.Join(' ', Text.Trim('{', '}').Trim('~').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Block open, else, block close and partial tags: the lines a translation must keep in the same order.</summary>
    public bool IsStructural => Inside.Length > 0 && (Inside[0] is '#' or '/' or '>' || Inside == "else");

    public bool IsComment => Inside.StartsWith('!');

    public bool IsMeervoud => Inside.StartsWith("meervoud ", StringComparison.Ordinal);

    /// <summary>
    /// What must match the Dutch: the tag as written, except that the word forms of <c>meervoud</c> are the
    /// translator's (their number follows the language, see <see cref="PluralForms"/>).
    /// </summary>
    public string Key => IsMeervoud ? string.Join(' ', Words().Where(w => !IsQuoted(w))) : Inside;

    public int QuotedWordCount => Words().Count(IsQuoted);

    private static bool IsQuoted(string word) => word.Length >= 2 && word[0] is '"' or '\'';

    private List<string> Words()
    {
        var inside = Inside;
        var words = new List<string>();
        var i = 0;
        while (i < inside.Length)
        {
            if (inside[i] == ' ')
            {
                i++;
                continue;
            }
            var start = i;
            if (inside[i] is '"' or '\'')
            {
                var close = inside.IndexOf(inside[i], i + 1);
                i = close < 0 ? inside.Length : close + 1;
            }
            else
            {
                while (i < inside.Length && inside[i] != ' ')
                {
                    i++;
                }
            }
            words.Add(inside[start..i]);
        }
        return words;
    }
}
