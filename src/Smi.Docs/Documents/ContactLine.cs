namespace Smi.Docs.Documents;

/// <summary>
/// A line of the letterhead's contact block: an address line or the website as <see cref="Text"/> alone, or a label
/// with a <see cref="Value"/> ("Telefoon" and "14 099"). The value is kept apart because in a right-to-left letter it
/// keeps its own direction (a <see cref="DirectionIsolate"/>, as every frame value does).
/// </summary>
public sealed record ContactLine(string Text, string? Value = null);
