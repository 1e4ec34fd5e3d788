namespace Smi.Docs.Localization;

/// <summary>Turns character offsets into 1-based line and column, as diagnostics print them.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _lineStarts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public TextSpan Span(int start, int end)
    {
        var index = _lineStarts.BinarySearch(start);
        var line = index >= 0 ? index : ~index - 1;
        return new TextSpan(start, end, line + 1, start - _lineStarts[line] + 1);
    }
}
