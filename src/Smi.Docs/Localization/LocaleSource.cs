namespace Smi.Docs.Localization;

/// <summary>
/// One Dutch source and where its translation lives (locales/README.md "Layout"). Paths are relative to the
/// repository root with '/' separators, as they appear in a translation's <c>bron</c>.
/// </summary>
public sealed record LocaleSource(string SourcePath, string PathInLanguage, SourceKind Kind)
{
    public string TranslationPath(string language) => $"locales/{language}/{PathInLanguage}";

    public bool IsTemplate => Kind == SourceKind.Template;
}
