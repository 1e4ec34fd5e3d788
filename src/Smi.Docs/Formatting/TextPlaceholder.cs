namespace Smi.Docs.Formatting;

/// <summary>One <c>{naam}</c> found by <see cref="TextPlaceholders"/>: its name and where it stands in the text, braces included.</summary>
internal sealed record TextPlaceholder(string Name, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>The placeholder as written; the grammar allows no spaces, so this is exactly the characters at its span.</summary>
    public string Text => "{" + Name + "}";
}
