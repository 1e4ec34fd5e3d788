using Smi.Docs.Localization;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Cases;
using Smi.Docs.Catalogues;
using Smi.Docs.Policy;

namespace Smi.Docs.ViewModels;

/// <summary>
/// Builds the ontbrekende-gegevens view model from a validated case and the municipality's profile. The
/// letter's requirements (DocumentDefinitions) make sure the case has its missing items.
/// </summary>
public static class OntbrekendeGegevensViewModelFactory
{
    public static OntbrekendeGegevensViewModel Create(SmiCase zaak, MunicipalityProfile profile, LanguagePack pack)
    {
        var catalogus = pack.OntbrekendeGegevensOrThrow;
        var ontbrekend = zaak.Ontbrekend
            ?? throw new InvalidOperationException("the ontbrekende-gegevens requirements were not checked before building its view model");
        var items = ontbrekend.Items.Select(i => Item(i, catalogus[i.Code])).ToList();
        // Awb 4:5 lid 1: the term is set by the body; the profile gives its days, counted from the letter's date
        // and moved to the next working day under the Algemene termijnenwet (Termijnberekening).
        var dagen = profile.Beleid.HersteltermijnDagen;
        var termijn = Termijnberekening.Hersteltermijn(zaak.Verzenddatum, dagen);
        var brief = BriefContextFactory.Create(zaak, profile);
        return new OntbrekendeGegevensViewModel(
            brief,
            items,
            items.Count,
            new HersteltermijnView(dagen, termijn.Einde, termijn.Verschoven ? termijn.Berekend : null, termijn.Verschoven ? Termijnberekening.Reden(termijn, pack.Texts) : null, profile.Beleid.BeslistermijnWeken),
            new AanleverenView(brief.Gemeente.Postadres, zaak.Behandelaar.Email, brief.Gemeente.Bezoekadres));
    }

    internal static OntbrekendItemView Item(OntbrekendItem item, OntbrekendGegeven gegeven) =>
        new(gegeven.Code, gegeven.Titel, gegeven.Wat, gegeven.Waarom, gegeven.Hoe, item.Toelichting);
}
