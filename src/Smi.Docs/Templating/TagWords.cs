using System.Text.RegularExpressions;

namespace Smi.Docs.Templating;

/// <summary>Splits a tag's inside into words, keeping quoted literals whole.</summary>
internal static partial class TagWords
{
    private static readonly HashSet<string> Keywords = ["true", "false", "null", "undefined"];

    /// <param name="problem">Why the text cannot be split, or null; the result is then meaningless.</param>
    public static List<TagArgument> Split(string text, out string? problem)
    {
        var words = new List<TagArgument>();
        problem = null;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            if (text[i] is '"' or '\'')
            {
                var end = text.IndexOf(text[i], i + 1);
                if (end < 0)
                {
                    problem = "a quoted text is not closed";
                    return words;
                }
                words.Add(new TagArgument(text[i..(end + 1)], IsLiteral: true));
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '\''))
            {
                i++;
            }
            var word = text[start..i];
            problem = Unsupported(word);
            if (problem is not null)
            {
                return words;
            }
            words.Add(new TagArgument(word, IsLiteral: Keywords.Contains(word) || Number().IsMatch(word)));
        }
        return words;
    }

    private static string? Unsupported(string word)
    {
        if (word.Contains('(') || word.Contains(')'))
        {
            return "subexpressions '( … )' are not supported; give the view model a ready-made property instead";
        }
        if (word.Contains('='))
        {
            return "named arguments ('naam=waarde') are not supported";
        }
        if (word.Contains('|'))
        {
            return "block parameters ('as |x|') are not supported; use 'this' inside '{{#each}}'";
        }
        return null;
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Number();
}
