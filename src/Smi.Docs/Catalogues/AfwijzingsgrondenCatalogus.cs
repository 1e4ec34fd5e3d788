using System.Collections.Frozen;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Catalogues;

/// <summary>
/// The rejection reasons by code. The standard catalogue is read once from the copy of
/// data/afwijzingsgronden.yaml built into this assembly, checked, frozen and shared across threads.
/// </summary>
public sealed class AfwijzingsgrondenCatalogus
{
    /// <summary>How the built-in catalogue is named in diagnostics: its path in the repository.</summary>
    public const string BronBestand = "data/afwijzingsgronden.yaml";

    private static readonly Lazy<AfwijzingsgrondenCatalogus> LazyStandaard = new(LoadStandaard);

    private readonly FrozenDictionary<string, Afwijzingsgrond> _byCode;

    internal AfwijzingsgrondenCatalogus(IReadOnlyList<Afwijzingsgrond> gronden)
    {
        Gronden = gronden;
        Codes = gronden.Select(g => g.Code).ToList();
        _byCode = gronden.ToFrozenDictionary(g => g.Code, StringComparer.Ordinal);
    }

    /// <exception cref="SmiDocsException">The built-in catalogue has errors (SMI8xxx): a build problem, not bad input.</exception>
    public static AfwijzingsgrondenCatalogus Standaard => LazyStandaard.Value;

    /// <summary>Every reason in catalogue order.</summary>
    public IReadOnlyList<Afwijzingsgrond> Gronden { get; }

    public IReadOnlyList<string> Codes { get; }

    public Afwijzingsgrond this[string code] => _byCode[code];

    public bool Contains(string code) => _byCode.ContainsKey(code);

    private static AfwijzingsgrondenCatalogus LoadStandaard()
    {
        using var stream = typeof(AfwijzingsgrondenCatalogus).Assembly.GetManifestResourceStream("Smi.Docs.afwijzingsgronden.yaml")
            ?? throw new InvalidOperationException("the catalogue data/afwijzingsgronden.yaml is not embedded in Smi.Docs");
        using var reader = new StreamReader(stream);
        return AfwijzingsgrondenReader.Read(reader.ReadToEnd(), BronBestand);
    }
}
