namespace Smi.Docs.Localization;

/// <summary>A range of characters in a file with the 1-based line and column of its start.</summary>
public readonly record struct TextSpan(int Start, int End, int Line, int Column)
{
    internal static TextSpan In(Diagnostics.LineIndex lines, int start, int end)
    {
        var (line, column) = lines.Locate(start);
        return new TextSpan(start, end, line, column);
    }
}
