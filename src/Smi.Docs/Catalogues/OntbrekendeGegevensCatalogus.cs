using System.Collections.Frozen;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Catalogues;

/// <summary>
/// The missing items by code. The standard catalogue is read once from the copy of
/// data/ontbrekende-gegevens.yaml built into this assembly, checked, frozen and shared across threads.
/// </summary>
public sealed class OntbrekendeGegevensCatalogus
{
    /// <summary>How the built-in catalogue is named in diagnostics: its path in the repository.</summary>
    public const string BronBestand = "data/ontbrekende-gegevens.yaml";

    private static readonly Lazy<OntbrekendeGegevensCatalogus> LazyStandaard = new(LoadStandaard);

    private readonly FrozenDictionary<string, OntbrekendGegeven> _byCode;

    internal OntbrekendeGegevensCatalogus(IReadOnlyList<OntbrekendGegeven> gegevens)
    {
        Gegevens = gegevens;
        Codes = gegevens.Select(g => g.Code).ToList();
        _byCode = gegevens.ToFrozenDictionary(g => g.Code, StringComparer.Ordinal);
    }

    /// <exception cref="SmiDocsException">The built-in catalogue has errors (SMI9xxx): a build problem, not bad input.</exception>
    public static OntbrekendeGegevensCatalogus Standaard => LazyStandaard.Value;

    /// <summary>Every item in catalogue order.</summary>
    public IReadOnlyList<OntbrekendGegeven> Gegevens { get; }

    public IReadOnlyList<string> Codes { get; }

    public OntbrekendGegeven this[string code] => _byCode[code];

    public bool Contains(string code) => _byCode.ContainsKey(code);

    private static OntbrekendeGegevensCatalogus LoadStandaard()
    {
        using var stream = typeof(OntbrekendeGegevensCatalogus).Assembly.GetManifestResourceStream("Smi.Docs.ontbrekende-gegevens.yaml")
            ?? throw new InvalidOperationException("the catalogue data/ontbrekende-gegevens.yaml is not embedded in Smi.Docs");
        using var reader = new StreamReader(stream);
        return OntbrekendeGegevensReader.Read(reader.ReadToEnd(), BronBestand);
    }
}
