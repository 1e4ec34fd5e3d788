namespace Smi.Docs.Localization;

/// <summary>
/// Which YAML values are text for the translator (locales/README.md rule 4); every other value (ids, codes,
/// types, patterns) must stay as in the Dutch file.
/// </summary>
internal static class TranslatableKeys
{
    private static readonly HashSet<string> Form =
        ["titel", "titelVerlenging", "inleiding", "inleidingVerlenging", "uitleg", "uitlegVerlenging", "uitlegOnline", "kop", "label", "hulp", "controle"];

    private static readonly HashSet<string> Afwijzingsgronden = ["titel", "regel", "feiten", "alternatief"];

    private static readonly HashSet<string> OntbrekendeGegevens = ["titel", "wat", "waarom", "hoe"];

    /// <param name="key">The mapping key the value belongs to; values inside a list belong to the list's key.</param>
    public static bool IsTranslatable(SourceKind kind, string? key) => kind switch
    {
        SourceKind.Teksten => true,
        SourceKind.FormDefinition => key is not null && Form.Contains(key),
        SourceKind.Afwijzingsgronden => key is not null && Afwijzingsgronden.Contains(key),
        SourceKind.OntbrekendeGegevens => key is not null && OntbrekendeGegevens.Contains(key),
        _ => false,
    };
}
