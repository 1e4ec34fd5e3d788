namespace Smi.Docs.Localization;

/// <summary>
/// Finds the <c>{{…}}</c> in a text with their offsets. The template checker (Templating) reports malformed tags;
/// here we only need their boundaries, so an unclosed tag simply ends the scan.
/// </summary>
internal static class HandlebarsTags
{
    public static IReadOnlyList<HandlebarsTag> Find(string text, int from = 0, int to = -1)
    {
        to = to < 0 ? text.Length : to;
        var tags = new List<HandlebarsTag>();
        var position = from;
        while (position < to)
        {
            var open = text.IndexOf("{{", position, to - position, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }
            // Handlebars prints \{{naam}} literally: text, not a tag.
            if (open > 0 && text[open - 1] == '\\' && (open < 2 || text[open - 2] != '\\'))
            {
                position = open + 2;
                continue;
            }
            var terminator = string.CompareOrdinal(text, open, "{{!--", 0, 5) == 0 ? "--}}" : "}}";
            var close = text.IndexOf(terminator, open + 2, to - open - 2, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }
            var end = close + terminator.Length;
            // {{{x}}} is refused by the template checker; keep its third brace inside the tag all the same.
            if (end < to && text[end] == '}' && text[open + 2] == '{')
            {
                end++;
            }
            tags.Add(new HandlebarsTag(text[open..end], open, end));
            position = end;
        }
        return tags;
    }
}
