namespace Smi.Docs.Localization;

/// <summary>Replaces spans of a text, leaving every other character as it was.</summary>
internal sealed record TextEdit(int Start, int End, string Replacement)
{
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var result = text;
        // From the end backwards, so earlier offsets stay valid.
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            result = string.Concat(result.AsSpan(0, edit.Start), edit.Replacement, result.AsSpan(edit.End));
        }
        return result;
    }

    /// <summary>Sets a metadata value; an empty value right after its colon gets the space YAML and front matter need.</summary>
    public static TextEdit ForField(string text, MetadataField field, string value)
    {
        var replacement = ScalarText.Like(field.YamlStyle, value);
        var needsSpace = field.Value.Length == 0 && field.Span.Start > 0 && text[field.Span.Start - 1] == ':';
        return new TextEdit(field.Span.Start, field.Span.End, needsSpace ? " " + replacement : replacement);
    }
}
