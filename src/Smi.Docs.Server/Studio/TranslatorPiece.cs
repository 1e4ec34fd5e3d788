using Smi.Docs.Localization;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// The text between two codes of a segment, split into what the translator edits (<see cref="Words"/>) and the line
/// breaks around it that hold the template's lines together (<see cref="Before"/>, <see cref="After"/>), which the page
/// keeps: a translator changes sentences, not the lines a <c>{{~ if ~}}</c> stands on.
/// </summary>
internal sealed record TranslatorPiece(string Before, string Words, string After)
{
    public string Text => Before + Words + After;

    /// <summary>Only line breaks and spaces: nothing to translate, so the page shows no field for it.</summary>
    public bool IsLayout => Words.Length == 0 && Before.Contains('\n');

    public static IReadOnlyList<TranslatorPiece> Cut(string text, IReadOnlyList<InlineCode> codes)
    {
        var pieces = new List<TranslatorPiece>();
        var position = 0;
        foreach (var code in codes)
        {
            pieces.Add(Of(text[position..code.Start]));
            position = code.End;
        }
        pieces.Add(Of(text[position..]));
        return pieces;
    }

    /// <summary>Leading whitespace up to its last line break, and trailing whitespace from its first, are layout.</summary>
    private static TranslatorPiece Of(string text)
    {
        if (text.Trim().Length == 0 && text.Contains('\n'))
        {
            return new TranslatorPiece(text, "", "");
        }
        var lead = 0;
        for (var i = 0; i < text.Length && char.IsWhiteSpace(text[i]); i++)
        {
            if (text[i] == '\n')
            {
                lead = i + 1;
            }
        }
        var trail = text.Length;
        for (var i = text.Length - 1; i >= lead && char.IsWhiteSpace(text[i]); i--)
        {
            if (text[i] == '\n')
            {
                trail = i;
            }
        }
        return new TranslatorPiece(text[..lead], text[lead..trail], text[trail..]);
    }
}
