namespace Smi.Docs.PlainLanguage;

/// <summary>
/// Splits masked template text into Markdown blocks and blanks the markup in place: heading hashes,
/// list markers, emphasis, link targets, table pipes and <c>:::</c> container lines. Headings, list items
/// and table cells each become their own segment, so a list introduced by a colon is not read as one
/// endless sentence. A line that held only template tags is transparent: our templates write those as
/// <c>{{~ … ~}}</c>, whose whitespace control removes the line, so the text around them still forms one paragraph.
/// </summary>
internal static class MarkdownSegmenter
{
    public static IReadOnlyList<ProseSegment> Segment(string original, char[] text)
    {
        var segments = new List<ProseSegment>();
        List<Range>? paragraph = null;
        var kind = SegmentKind.Paragraph;

        void Close()
        {
            if (paragraph is { Count: > 0 })
            {
                segments.Add(new ProseSegment(kind, paragraph));
            }
            paragraph = null;
        }

        var start = 0;
        while (start <= text.Length)
        {
            var end = Array.IndexOf(text, '\n', start);
            end = end < 0 ? text.Length : end;
            var line = new string(text, start, end - start);
            var trimmed = line.Trim();
            if (original.AsSpan(start, end - start).IsWhiteSpace() || trimmed.StartsWith(":::", StringComparison.Ordinal))
            {
                Blank(text, start, end);
                Close();
            }
            else if (trimmed.Length == 0)
            {
                // Only template tags or a comment were on this line.
            }
            else if (trimmed.StartsWith('|'))
            {
                Close();
                segments.AddRange(TableCells(text, start, end));
            }
            else if (MarkerLength(line, '#') is var hashes and > 0)
            {
                Close();
                Blank(text, start, start + hashes);
                segments.Add(new ProseSegment(SegmentKind.Heading, [Inline(text, start + hashes, end)]));
            }
            else if (ListMarkerLength(line) is var marker and > 0)
            {
                Close();
                Blank(text, start, start + marker);
                kind = SegmentKind.ListItem;
                paragraph = [Inline(text, start + marker, end)];
            }
            else
            {
                if (paragraph is null)
                {
                    kind = SegmentKind.Paragraph;
                    paragraph = [];
                }
                paragraph.Add(Inline(text, start, end));
            }
            start = end + 1;
        }
        Close();
        return segments;
    }

    private static IEnumerable<ProseSegment> TableCells(char[] text, int start, int end)
    {
        var row = new string(text, start, end - start);
        // The delimiter row (|:---|--:|) holds no text.
        if (row.All(c => c is '|' or ':' or '-' or ' ' or '\t'))
        {
            Blank(text, start, end);
            yield break;
        }
        var cellStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || (text[i] == '|' && (i == start || text[i - 1] != '\\')))
            {
                if (i > cellStart && !new string(text, cellStart, i - cellStart).IsWhiteSpace())
                {
                    yield return new ProseSegment(SegmentKind.TableCell, [Inline(text, cellStart, i)]);
                }
                if (i < end)
                {
                    text[i] = ' ';
                }
                cellStart = i + 1;
            }
        }
    }

    /// <summary>Blanks inline markup (emphasis, code ticks, escapes, link brackets and targets) in [start, end).</summary>
    private static Range Inline(char[] text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] == ']' && i + 1 < end && text[i + 1] == '(')
            {
                var close = Array.IndexOf(text, ')', i + 1, end - i - 1);
                Blank(text, i, close < 0 ? end : close + 1);
                i = close < 0 ? end : close;
            }
            else if (text[i] is '*' or '`' or '\\' or '[' or ']' or '<' or '>' || (text[i] == '_' && !(IsWordChar(text, i - 1) && IsWordChar(text, i + 1))))
            {
                text[i] = ' ';
            }
        }
        return start..end;
    }

    // An underscore inside a word (a file name, an e-mail address) is text, not emphasis.
    private static bool IsWordChar(char[] text, int index) =>
        index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);

    /// <summary>ATX heading: up to three spaces, 1–6 hashes, then a space or the end of the line.</summary>
    private static int MarkerLength(string line, char marker)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        var count = 0;
        while (indent + count < line.Length && line[indent + count] == marker)
        {
            count++;
        }
        var after = indent + count;
        return indent <= 3 && count is >= 1 and <= 6 && (after == line.Length || line[after] == ' ') ? after : 0;
    }

    /// <summary>Bullet (<c>-</c>, <c>*</c>, <c>+</c>) or ordered (<c>1.</c>, <c>1)</c>) list marker with the space after it.</summary>
    private static int ListMarkerLength(string line)
    {
        var i = line.Length - line.TrimStart(' ').Length;
        if (i < line.Length && line[i] is '-' or '*' or '+')
        {
            i++;
        }
        else
        {
            var digits = i;
            while (i < line.Length && char.IsAsciiDigit(line[i]))
            {
                i++;
            }
            if (i == digits || i - digits > 9 || i >= line.Length || line[i] is not ('.' or ')'))
            {
                return 0;
            }
            i++;
        }
        return i < line.Length && line[i] == ' ' ? i + 1 : 0;
    }

    private static void Blank(char[] text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            text[i] = ' ';
        }
    }
}
