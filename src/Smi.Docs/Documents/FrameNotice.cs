namespace Smi.Docs.Documents;

/// <summary>
/// A notice above the letter, in its own language: a translation says that only the Dutch text is official
/// (Awb 2:6), and a Dutch document sent instead of a missing translation says why, in the language asked for.
/// </summary>
public sealed record FrameNotice(string Text, string LanguageTag, TextDirection Direction);
