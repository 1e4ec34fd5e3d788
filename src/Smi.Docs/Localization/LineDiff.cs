namespace Smi.Docs.Localization;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>One entry of a diff; the index is 0-based into the old list (Same, Removed) or the new list (Added).</summary>
public sealed record DiffLine(DiffKind Kind, string Text, int Index);

/// <summary>
/// A longest-common-subsequence diff: our files are a few hundred lines, so the quadratic table is small and
/// an own 30 lines beat another dependency in the engine.
/// </summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compare(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        var common = new int[oldLines.Count + 1, newLines.Count + 1];
        for (var i = oldLines.Count - 1; i >= 0; i--)
        {
            for (var j = newLines.Count - 1; j >= 0; j--)
            {
                common[i, j] = oldLines[i] == newLines[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var diff = new List<DiffLine>();
        int o = 0, n = 0;
        while (o < oldLines.Count || n < newLines.Count)
        {
            if (o < oldLines.Count && n < newLines.Count && oldLines[o] == newLines[n])
            {
                diff.Add(new DiffLine(DiffKind.Same, oldLines[o], o));
                o++;
                n++;
            }
            else if (o < oldLines.Count && (n == newLines.Count || common[o + 1, n] >= common[o, n + 1]))
            {
                diff.Add(new DiffLine(DiffKind.Removed, oldLines[o], o));
                o++;
            }
            else
            {
                diff.Add(new DiffLine(DiffKind.Added, newLines[n], n));
                n++;
            }
        }
        return diff;
    }

    public static IReadOnlyList<DiffLine> CompareText(string oldText, string newText) =>
        Compare(oldText.ReplaceLineEndings("\n").Split('\n'), newText.ReplaceLineEndings("\n").Split('\n'));
}
