using Smi.Docs.Diagnostics;

namespace Smi.Docs.Catalogues;

/// <summary>The rejection reasons by code, from data/afwijzingsgronden.yaml.</summary>
public sealed class AfwijzingsgrondenCatalogus : Catalogus<Afwijzingsgrond>
{
    /// <summary>How the built-in catalogue is named in diagnostics: its path in the repository.</summary>
    public const string BronBestand = "data/afwijzingsgronden.yaml";

    private static readonly Lazy<AfwijzingsgrondenCatalogus> LazyStandaard = new(() =>
        AfwijzingsgrondenReader.Read(ReadEmbedded("Smi.Docs.afwijzingsgronden.yaml", BronBestand), BronBestand));

    internal AfwijzingsgrondenCatalogus(IReadOnlyList<Afwijzingsgrond> gronden)
        : base(gronden, g => g.Code)
    {
    }

    /// <exception cref="SmiDocsException">The built-in catalogue has errors (SMI8xxx): a build problem, not bad input.</exception>
    public static AfwijzingsgrondenCatalogus Standaard => LazyStandaard.Value;

    /// <summary>A translated catalogue (locales/&lt;taal&gt;/catalogi/afwijzingsgronden.yaml), checked like the built-in one.</summary>
    public static AfwijzingsgrondenCatalogus Load(string path, string displayName) => AfwijzingsgrondenReader.Read(File.ReadAllText(path), displayName);

    /// <summary>Every reason in catalogue order.</summary>
    public IReadOnlyList<Afwijzingsgrond> Gronden => Entries;
}
