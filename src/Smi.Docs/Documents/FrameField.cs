namespace Smi.Docs.Documents;

/// <summary>A labelled reference line of the letter, such as <c>Ons kenmerk</c> / <c>SMI-2026-00123</c>.</summary>
public sealed record FrameField(string Label, string Value);
