namespace Smi.Docs.PlainLanguage;

/// <summary>
/// One line of the officialese list: the forms that count (a word or a fixed phrase; <c>…</c> stands for
/// a few words in between), the plain alternative to suggest and an optional note for the writer.
/// </summary>
public sealed record OfficialeseEntry(IReadOnlyList<string> Forms, string Alternative, string Note);
