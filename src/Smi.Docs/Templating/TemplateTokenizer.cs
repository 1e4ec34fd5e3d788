using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>
/// Finds the <c>{{…}}</c> tags in a template. Text between tags is irrelevant to the checker, so only
/// tags are returned. Unclosed tags and triple-stash are reported here because after them the tag
/// boundaries are the only thing we can still trust.
/// </summary>
internal sealed class TemplateTokenizer
{
    private readonly string _text;
    private readonly string _file;
    private readonly DiagnosticBag _bag;
    private readonly LineIndex _lines;

    private TemplateTokenizer(string text, string file, DiagnosticBag bag)
    {
        _text = text;
        _file = file;
        _bag = bag;
        _lines = new LineIndex(text);
    }

    public static IReadOnlyList<RawTag> Tokenize(string text, string file, DiagnosticBag bag) =>
        new TemplateTokenizer(text, file, bag).Run();

    private List<RawTag> Run()
    {
        var tags = new List<RawTag>();
        var position = 0;
        while (position < _text.Length)
        {
            var open = _text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }
            if (IsEscaped(open))
            {
                // Handlebars prints \{{naam}} literally; it is text, not a tag.
                position = open + 2;
                continue;
            }
            position = ReadTag(open, tags);
        }
        return tags;
    }

    // One backslash escapes the tag; two are a literal backslash followed by a real tag.
    private bool IsEscaped(int open) =>
        open > 0 && _text[open - 1] == '\\' && (open < 2 || _text[open - 2] != '\\');

    /// <returns>The position to continue scanning from.</returns>
    private int ReadTag(int open, List<RawTag> tags)
    {
        var (line, column) = LineAndColumn(open);
        var start = open + 2;
        if (At(start, "~"))
        {
            start++;
        }
        if (At(start, "{"))
        {
            Error(TemplateDiagnosticCodes.UnescapedOutput, line, column,
                "'{{{…}}}' writes text without Markdown escaping and is not allowed; use '{{…}}'");
            // Skip to the first "}}" whatever the tildes; a stray "}" after it is plain text.
            var tripleClose = _text.IndexOf("}}", start + 1, StringComparison.Ordinal);
            return tripleClose < 0 ? start + 1 : tripleClose + 2;
        }
        if (At(start, "!--"))
        {
            return SkipComment(start, "--}}", line, column);
        }
        if (At(start, "!"))
        {
            return SkipComment(start, "}}", line, column);
        }

        var close = _text.IndexOf("}}", start, StringComparison.Ordinal);
        var nextOpen = _text.IndexOf("{{", start, StringComparison.Ordinal);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
        {
            Error(TemplateDiagnosticCodes.UnclosedTag, line, column, "'{{' is not closed with '}}'");
            return nextOpen < 0 ? _text.Length : nextOpen;
        }
        var content = _text[start..close];
        if (content.EndsWith('~'))
        {
            content = content[..^1];
        }
        tags.Add(new RawTag(content, line, column));
        return close + 2;
    }

    private int SkipComment(int start, string terminator, int line, int column)
    {
        var close = _text.IndexOf(terminator, start, StringComparison.Ordinal);
        var tildeClose = _text.IndexOf(terminator.Insert(terminator.Length - 2, "~"), start, StringComparison.Ordinal);
        if (tildeClose >= 0 && (close < 0 || tildeClose < close))
        {
            return tildeClose + terminator.Length + 1;
        }
        if (close < 0)
        {
            Error(TemplateDiagnosticCodes.UnclosedTag, line, column, $"comment is not closed with '{terminator}'");
            return _text.Length;
        }
        return close + terminator.Length;
    }

    private bool At(int index, string expected) =>
        string.CompareOrdinal(_text, index, expected, 0, expected.Length) == 0;

    private (int Line, int Column) LineAndColumn(int offset) => _lines.Locate(offset);

    private void Error(string code, int line, int column, string message) =>
        _bag.Error(code, message, SourceLocation.InFile(_file, line, column));
}
