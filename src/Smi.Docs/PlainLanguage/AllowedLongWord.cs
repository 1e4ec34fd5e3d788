namespace Smi.Docs.PlainLanguage;

/// <summary>A long word we keep on purpose (a name or legal term the parent meets elsewhere), with the reason.</summary>
public sealed record AllowedLongWord(string Word, string Reason);
