using Smi.Docs.Diagnostics;

namespace Smi.Docs.Localization;

/// <summary>
/// A Dutch or translated template read for comparison and exchange: front matter values with their spans, the
/// paragraphs of the body (runs of non-blank lines; blank lines separate them, locales/README.md rule 2) and
/// the tags and container lines. Offsets refer to the file text as read, so edits can keep every other byte.
/// </summary>
public sealed class TemplateText
{
    public static readonly string[] FrontMatterTexts = ["titel", "onderwerp"];

    private TemplateText(string text, string file)
    {
        Text = text;
        File = file;
        Lines = new LineIndex(text);
    }

    public string Text { get; }

    public string File { get; }

    internal LineIndex Lines { get; }

    public IReadOnlyDictionary<string, MetadataField> FrontMatter { get; private set; } = new Dictionary<string, MetadataField>();

    /// <summary>Offset of the closing <c>---</c> line, where new front matter keys go; -1 without front matter.</summary>
    public int FrontMatterClose { get; private set; } = -1;

    public int BodyStart { get; private set; }

    public IReadOnlyList<Segment> Paragraphs { get; private set; } = [];

    /// <summary>Lines starting with <c>:::</c> (Markdown containers), trimmed, with their spans.</summary>
    public IReadOnlyList<(string Line, TextSpan Span)> ContainerLines { get; private set; } = [];

    public IReadOnlyList<HandlebarsTag> Tags { get; private set; } = [];

    /// <summary>titel and onderwerp (when present) followed by the paragraphs: what translators translate.</summary>
    public IReadOnlyList<Segment> Segments =>
        [.. FrontMatterTexts.Where(FrontMatter.ContainsKey).Select(k => new Segment(k, FrontMatter[k].Value, FrontMatter[k].Span)), .. Paragraphs];

    public static TemplateText Parse(string text, string file)
    {
        var template = new TemplateText(text, file);
        var lines = SplitLines(text);
        var bodyLine = 0;
        if (lines.Count > 0 && text[lines[0].Start..lines[0].End].Trim() == "---")
        {
            var close = lines.FindIndex(1, l => text[l.Start..l.End].Trim() == "---");
            if (close < 0)
            {
                throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.Malformed, "front matter opened with '---' is never closed", SourceLocation.InFile(file, 1, 1)));
            }
            template.FrontMatter = ReadFrontMatter(template, lines[1..close]);
            template.FrontMatterClose = lines[close].Start;
            bodyLine = close + 1;
        }
        template.BodyStart = bodyLine < lines.Count ? lines[bodyLine].Start : text.Length;
        template.Paragraphs = ReadParagraphs(template, lines[bodyLine..]);
        template.ContainerLines = lines[bodyLine..]
            .Where(l => text[l.Start..l.End].TrimStart().StartsWith(":::", StringComparison.Ordinal))
            .Select(l => (text[l.Start..l.End].Trim(), TextSpan.In(template.Lines, l.Start, l.End)))
            .ToList();
        template.Tags = HandlebarsTags.Find(text, template.BodyStart).Where(t => !t.IsComment).ToList();
        return template;
    }

    private static Dictionary<string, MetadataField> ReadFrontMatter(TemplateText template, List<(int Start, int End)> lines)
    {
        var fields = new Dictionary<string, MetadataField>(StringComparer.Ordinal);
        foreach (var (start, end) in lines)
        {
            var line = template.Text[start..end];
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                var at = TextSpan.In(template.Lines, start, end);
                throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.Malformed, "front matter line must look like 'naam: waarde'", SourceLocation.InFile(template.File, at.Line, at.Column)));
            }
            var valueStart = start + colon + 1;
            while (valueStart < end && char.IsWhiteSpace(template.Text[valueStart]))
            {
                valueStart++;
            }
            var valueEnd = end;
            while (valueEnd > valueStart && char.IsWhiteSpace(template.Text[valueEnd - 1]))
            {
                valueEnd--;
            }
            fields[line[..colon].Trim()] = new MetadataField(template.Text[valueStart..valueEnd], TextSpan.In(template.Lines, valueStart, valueEnd));
        }
        return fields;
    }

    private static List<Segment> ReadParagraphs(TemplateText template, List<(int Start, int End)> lines)
    {
        var paragraphs = new List<Segment>();
        var first = -1;
        for (var i = 0; i <= lines.Count; i++)
        {
            var blank = i == lines.Count || template.Text[lines[i].Start..lines[i].End].Trim().Length == 0;
            if (!blank && first < 0)
            {
                first = i;
            }
            else if (blank && first >= 0)
            {
                var start = lines[first].Start;
                var end = lines[i - 1].End;
                paragraphs.Add(new Segment($"p{paragraphs.Count + 1}", template.Text[start..end], TextSpan.In(template.Lines, start, end)));
                first = -1;
            }
        }
        return paragraphs;
    }

    /// <summary>Line contents without the line break (and without a CR before it).</summary>
    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            lines.Add((start, end > start && text[end - 1] == '\r' ? end - 1 : end));
            start = end + 1;
        }
        return lines;
    }
}
