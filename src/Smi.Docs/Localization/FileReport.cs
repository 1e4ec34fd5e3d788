using Smi.Docs.Diagnostics;

namespace Smi.Docs.Localization;

/// <summary>
/// One translation's state. <see cref="DutchChange"/> is the diff from the Dutch the translation was made from to
/// the current Dutch when stale; null when stale and the store lacks the old text.
/// </summary>
public sealed record FileReport(
    string Language,
    LocaleSource Source,
    FileState State,
    TranslationStatus? Status,
    bool IsStale,
    IReadOnlyList<Diagnostic> Problems,
    IReadOnlyList<DiffLine>? DutchChange)
{
    public string TranslationPath => Source.TranslationPath(Language);
}
