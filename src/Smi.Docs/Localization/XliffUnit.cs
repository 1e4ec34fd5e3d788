namespace Smi.Docs.Localization;

/// <summary>
/// One exchange unit: the Dutch text and the translation with their codes replaced by &lt;ph/&gt;. Source code n is
/// <c>&lt;ph id="n" dataRef="dn"/&gt;</c>; the translation's code that corresponds to it has the same id, and its own
/// data <c>dnt</c> only when it is written differently (meervoud with the language's word forms).
/// </summary>
internal sealed record XliffUnit(string Id, IReadOnlyList<XliffPiece> Source, IReadOnlyList<XliffPiece>? Target, IReadOnlyList<(string Id, string Code)> Data)
{
    /// <returns>A unit whose Target is null when there is no translation or its codes cannot be paired with the Dutch.</returns>
    public static XliffUnit Build(string id, string dutch, IReadOnlyList<InlineCode> sourceCodes, string? translated, IReadOnlyList<InlineCode> targetCodes)
    {
        var data = sourceCodes.Select((c, i) => ($"d{i + 1}", c.Text)).ToList();
        var source = Pieces(dutch, sourceCodes, sourceCodes.Select((_, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), $"d{i + 1}")).ToList());
        if (translated is null)
        {
            return new XliffUnit(id, source, null, data);
        }
        var pairing = Pair(sourceCodes, targetCodes);
        if (pairing is null)
        {
            return new XliffUnit(id, source, null, data);
        }
        var references = new List<(string, string)>();
        for (var t = 0; t < targetCodes.Count; t++)
        {
            var s = pairing[t];
            var number = (s + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (targetCodes[t].Text == sourceCodes[s].Text)
            {
                references.Add((number, $"d{number}"));
            }
            else
            {
                data.Add(($"d{number}t", targetCodes[t].Text));
                references.Add((number, $"d{number}t"));
            }
        }
        return new XliffUnit(id, source, Pieces(translated, targetCodes, references), data);
    }

    /// <summary>For each translated code the index of its Dutch code: same text first, then same key; null unless one to one.</summary>
    private static int[]? Pair(IReadOnlyList<InlineCode> sourceCodes, IReadOnlyList<InlineCode> targetCodes)
    {
        if (sourceCodes.Count != targetCodes.Count)
        {
            return null;
        }
        var pairing = Enumerable.Repeat(-1, targetCodes.Count).ToArray();
        var used = new bool[sourceCodes.Count];
        foreach (var sameKeyOnly in new[] { false, true })
        {
            for (var t = 0; t < targetCodes.Count; t++)
            {
                if (pairing[t] >= 0)
                {
                    continue;
                }
                for (var s = 0; s < sourceCodes.Count; s++)
                {
                    var matches = sameKeyOnly ? sourceCodes[s].Key == targetCodes[t].Key : sourceCodes[s].Text == targetCodes[t].Text;
                    if (!used[s] && matches)
                    {
                        pairing[t] = s;
                        used[s] = true;
                        break;
                    }
                }
            }
        }
        return pairing.All(p => p >= 0) ? pairing : null;
    }

    private static List<XliffPiece> Pieces(string text, IReadOnlyList<InlineCode> codes, IReadOnlyList<(string Id, string DataRef)> references)
    {
        var pieces = new List<XliffPiece>();
        var position = 0;
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i].Start > position)
            {
                pieces.Add(new XliffPiece(text[position..codes[i].Start]));
            }
            pieces.Add(new XliffPiece(references[i].DataRef, references[i].Id));
            position = codes[i].End;
        }
        if (position < text.Length)
        {
            pieces.Add(new XliffPiece(text[position..]));
        }
        return pieces;
    }
}
