namespace Smi.Docs.PlainLanguage;

/// <summary>
/// One word of template prose with the 1-based line and column of its first letter in the template file.
/// <paramref name="ClauseBreakBefore"/> is true when a comma, colon or semicolon separates it from the
/// previous word, so clause-bound rules (passive voice) do not pair words across clauses.
/// </summary>
internal sealed record ProseWord(string Text, int Line, int Column, bool ClauseBreakBefore);
