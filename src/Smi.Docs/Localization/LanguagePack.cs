using Smi.Docs.Cases;
using Smi.Docs.Catalogues;
using Smi.Docs.Formatting;

namespace Smi.Docs.Localization;

/// <summary>
/// What a view model needs in one language besides its template: the fixed texts, the value formats, the frame
/// labels and the catalogues of rejection reasons and missing items. A translation may lack a catalogue (null);
/// the documents that need it are then missing in that language.
/// </summary>
public sealed record LanguagePack(
    DocumentLanguage Language,
    FixedTexts Texts,
    ValueFormatter Formatter,
    AfwijzingsgrondenCatalogus? Afwijzingsgronden,
    OntbrekendeGegevensCatalogus? OntbrekendeGegevens)
{
    public LetterLabels Labels { get; } = LetterLabels.From(Texts);

    public string SoortNaam(Opvangsoort soort) => Texts[soort switch
    {
        Opvangsoort.Dagopvang => "opvangsoort.dagopvang",
        Opvangsoort.Bso => "opvangsoort.bso",
        Opvangsoort.Gastouderopvang => "opvangsoort.gastouderopvang",
        _ => throw new ArgumentOutOfRangeException(nameof(soort)),
    }];

    public AfwijzingsgrondenCatalogus AfwijzingsgrondenOrThrow =>
        Afwijzingsgronden ?? throw new InvalidOperationException($"no rejection catalogue in '{Language.Code}'; the composer checks this first");

    public OntbrekendeGegevensCatalogus OntbrekendeGegevensOrThrow =>
        OntbrekendeGegevens ?? throw new InvalidOperationException($"no missing-items catalogue in '{Language.Code}'; the composer checks this first");
}
