namespace Smi.Docs.Templating;

/// <summary>One front matter value and its offsets in the file (without the key and the surrounding blanks).</summary>
public sealed record FrontMatterField(string Value, int Start, int End);
