namespace Smi.Docs.Documents;

/// <summary>
/// A labelled reference line of the letter, such as <c>Ons kenmerk</c> / <c>SMI-2026-00123</c>. In a right-to-left
/// letter every renderer isolates a non-empty <see cref="Value"/> (<see cref="DirectionIsolate"/>), so "14 099" or
/// "13 نوفمبر 2026" keeps its own order next to its Arabic label.
/// </summary>
public sealed record FrameField(string Label, string Value);
