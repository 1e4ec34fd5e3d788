using System.Text;

namespace Smi.Docs.Formatting;

/// <summary>
/// The one grammar for the <c>{naam}</c> words the engine fills in in YAML text: <c>teksten.yaml</c>, the catalogues,
/// the form definition and their translations (locales/README.md rule 1).
/// <code>
/// placeholder = "{" name "}"
/// name        = segment *( "." segment )                      ; gemeente.naam
/// segment     = ASCII-letter *( ASCII-letter / digit / "_" )
/// </code>
/// Everything else is literal text and is printed as written: a lone <c>{</c> or <c>}</c>, <c>{}</c>, <c>{ naam }</c>
/// with spaces, <c>{1}</c> (a digit first, as in a pattern's <c>[0-9]{9}</c>), <c>{a.}</c> and <c>{a..b}</c>, and a
/// name with a doubled brace on either side (<c>{{naam}}</c>, <c>{{naam}</c>, <c>{naam}}</c>), which is a template
/// tag and never ours. There is no escape: a literal brace needs none. Names are ASCII because they are the
/// engine's identifiers, never translated: a translated name is literal text, so the locale check reports the Dutch
/// placeholder as missing instead of the letter printing it. Which names exist is for each caller to decide
/// (<see cref="FixedTexts.Format"/> fills in what its caller passes, the form definition has its own list).
/// </summary>
internal static class TextPlaceholders
{
    /// <summary>The placeholders in <paramref name="text"/>, in order of position.</summary>
    public static IReadOnlyList<TextPlaceholder> Find(string text)
    {
        var found = new List<TextPlaceholder>();
        var open = text.IndexOf('{');
        while (open >= 0)
        {
            var close = NameEnd(text, open + 1);
            if (close > open + 1 && close < text.Length && text[close] == '}' && !IsDoubled(text, open, close))
            {
                found.Add(new TextPlaceholder(text[(open + 1)..close], open, close + 1 - open));
                open = text.IndexOf('{', close + 1);
            }
            else
            {
                open = text.IndexOf('{', open + 1);
            }
        }
        return found;
    }

    /// <summary>
    /// <paramref name="text"/> with each placeholder replaced by what <paramref name="value"/> gives for it;
    /// <see langword="null"/> keeps the placeholder as written.
    /// </summary>
    public static string Replace(string text, Func<TextPlaceholder, string?> value)
    {
        var placeholders = Find(text);
        if (placeholders.Count == 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var placeholder in placeholders)
        {
            result.Append(text, position, placeholder.Start - position);
            result.Append(value(placeholder) ?? placeholder.Text);
            position = placeholder.End;
        }
        return result.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Where the name that starts at <paramref name="start"/> ends, or <paramref name="start"/> when no name starts there.</summary>
    private static int NameEnd(string text, int start)
    {
        var position = start;
        while (position < text.Length && char.IsAsciiLetter(text[position]))
        {
            position++;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }
            if (position + 1 < text.Length && text[position] == '.' && char.IsAsciiLetter(text[position + 1]))
            {
                position++;
                continue;
            }
            return position;
        }
        return start;
    }

    private static bool IsDoubled(string text, int open, int close) =>
        (open > 0 && text[open - 1] == '{') || (close + 1 < text.Length && text[close + 1] == '}');
}
