using Smi.Docs.Templating;

namespace Smi.Docs.Localization;

/// <summary>
/// A Dutch or translated template read for comparison and exchange, through the one template model
/// (<see cref="TemplateSource"/>): front matter values with their spans, the paragraphs of the body (runs of
/// non-blank lines; blank lines separate them, locales/README.md rule 2), the container lines and the tags.
/// Offsets refer to the file text as read, so edits can keep every other byte.
/// </summary>
public sealed class TemplateText
{
    public static readonly string[] FrontMatterTexts = ["titel", "onderwerp"];

    private TemplateText(TemplateSource source)
    {
        Source = source;
        FrontMatter = source.FrontMatter.Fields.ToDictionary(
            f => f.Key, f => new MetadataField(f.Value.Value, TextSpan.In(Lines, f.Value.Start, f.Value.End)), StringComparer.Ordinal);
        var lines = SplitLines(Text, BodyStart);
        Paragraphs = ReadParagraphs(lines);
        ContainerLines = lines
            .Where(l => Text[l.Start..l.End].TrimStart().StartsWith(":::", StringComparison.Ordinal))
            .Select(l => (Text[l.Start..l.End].Trim(), TextSpan.In(Lines, l.Start, l.End)))
            .ToList();
        Codes = TemplateCodes.Of(source);
    }

    public TemplateSource Source { get; }

    public string Text => Source.Text;

    public string File => Source.FileName;

    internal Diagnostics.LineIndex Lines => Source.Lines;

    public IReadOnlyDictionary<string, MetadataField> FrontMatter { get; }

    /// <summary>Offset of the closing <c>---</c> line, where new front matter keys go; -1 without front matter.</summary>
    public int FrontMatterClose => Source.FrontMatter.CloseOffset;

    public int BodyStart => Source.BodyStart;

    public IReadOnlyList<Segment> Paragraphs { get; }

    /// <summary>Lines starting with <c>:::</c> (Markdown containers), trimmed, with their spans.</summary>
    public IReadOnlyList<(string Line, TextSpan Span)> ContainerLines { get; }

    /// <summary>Every tag of the body, comments included, in file order.</summary>
    internal IReadOnlyList<TemplateCode> Codes { get; }

    /// <summary>titel and onderwerp (when present) followed by the paragraphs: what translators translate.</summary>
    public IReadOnlyList<Segment> Segments =>
        [.. FrontMatterTexts.Where(FrontMatter.ContainsKey).Select(k => new Segment(k, FrontMatter[k].Value, FrontMatter[k].Span)), .. Paragraphs];

    /// <exception cref="Diagnostics.SmiDocsException">The front matter cannot be read (SMI3101, SMI3102).</exception>
    public static TemplateText Parse(string text, string file) => new(TemplateSource.Parse(text, file));

    private List<Segment> ReadParagraphs(List<(int Start, int End)> lines)
    {
        var paragraphs = new List<Segment>();
        var first = -1;
        for (var i = 0; i <= lines.Count; i++)
        {
            var blank = i == lines.Count || Text[lines[i].Start..lines[i].End].Trim().Length == 0;
            if (!blank && first < 0)
            {
                first = i;
            }
            else if (blank && first >= 0)
            {
                var start = lines[first].Start;
                var end = lines[i - 1].End;
                paragraphs.Add(new Segment($"p{paragraphs.Count + 1}", Text[start..end], TextSpan.In(Lines, start, end)));
                first = -1;
            }
        }
        return paragraphs;
    }

    /// <summary>Line contents from <paramref name="start"/> on, without the line break (and without a CR before it).</summary>
    private static List<(int Start, int End)> SplitLines(string text, int start)
    {
        var lines = new List<(int, int)>();
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
