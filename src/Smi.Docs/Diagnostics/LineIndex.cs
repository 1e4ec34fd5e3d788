namespace Smi.Docs.Diagnostics;

/// <summary>
/// Turns an offset in a text into its 1-based line and column, as diagnostics print them. One index for every
/// reader that reports positions in a text it scans itself (template checker, plain-language check, locale tools).
/// </summary>
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

    public (int Line, int Column) Locate(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
