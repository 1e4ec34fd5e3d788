using Smi.Docs.Diagnostics;

namespace Smi.Docs.Catalogues;

/// <summary>The missing items by code, from data/ontbrekende-gegevens.yaml.</summary>
public sealed class OntbrekendeGegevensCatalogus : Catalogus<OntbrekendGegeven>
{
    /// <summary>How the built-in catalogue is named in diagnostics: its path in the repository.</summary>
    public const string BronBestand = "data/ontbrekende-gegevens.yaml";

    private static readonly Lazy<OntbrekendeGegevensCatalogus> LazyStandaard = new(() =>
        OntbrekendeGegevensReader.Read(ReadEmbedded("Smi.Docs.ontbrekende-gegevens.yaml", BronBestand), BronBestand));

    internal OntbrekendeGegevensCatalogus(IReadOnlyList<OntbrekendGegeven> gegevens)
        : base(gegevens, g => g.Code)
    {
    }

    /// <exception cref="SmiDocsException">The built-in catalogue has errors (SMI9xxx): a build problem, not bad input.</exception>
    public static OntbrekendeGegevensCatalogus Standaard => LazyStandaard.Value;

    /// <summary>A translated catalogue (locales/&lt;taal&gt;/catalogi/ontbrekende-gegevens.yaml), checked like the built-in one.</summary>
    public static OntbrekendeGegevensCatalogus Load(string path, string displayName) => OntbrekendeGegevensReader.Read(File.ReadAllText(path), displayName);

    /// <summary>Every item in catalogue order.</summary>
    public IReadOnlyList<OntbrekendGegeven> Gegevens => Entries;
}
