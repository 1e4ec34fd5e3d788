namespace Smi.Docs.Localization;

/// <summary>Text, or a &lt;ph/&gt; with its id and (in <see cref="Text"/>) its dataRef.</summary>
internal sealed record XliffPiece(string Text, string? PlaceholderId = null);
