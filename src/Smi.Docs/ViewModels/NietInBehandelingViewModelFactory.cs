using Smi.Docs.Cases;
using Smi.Docs.Localization;
using Smi.Docs.Policy;

namespace Smi.Docs.ViewModels;

/// <summary>
/// Builds the niet-in-behandeling view model from a validated case. The letter's requirements (DocumentDefinitions)
/// make sure the case has the items still missing and the letter that asked for them.
/// </summary>
public static class NietInBehandelingViewModelFactory
{
    public static NietInBehandelingViewModel Create(SmiCase zaak, MunicipalityProfile profile, LanguagePack pack)
    {
        var catalogus = pack.OntbrekendeGegevensOrThrow;
        var ontbrekend = zaak.Ontbrekend;
        var herstelbrief = zaak.NietInBehandeling?.Herstelbrief;
        if (ontbrekend is null || herstelbrief is null)
        {
            throw new InvalidOperationException("the niet-in-behandeling requirements were not checked before building its view model");
        }
        var items = ontbrekend.Items.Select(i => OntbrekendeGegevensViewModelFactory.Item(i, catalogus[i.Code])).ToList();
        // Awb 3:47 lid 2: besides Awb 4:5 the letter names the regulation's article on the application; a regulation
        // without one has it among the general conditions of the grant, as a refusal's reasons do.
        var artikel = profile.Regeling.Artikelen.Voor(ArtikelSoort.Aanvraag) ?? profile.Regeling.ArtikelToekenning;
        return new NietInBehandelingViewModel(
            BriefContextFactory.Create(zaak, profile),
            new HerstelbriefView(herstelbrief.Datum, herstelbrief.TermijnEinde),
            items,
            items.Count,
            pack.Texts.Format("afwijzing.artikel", ("artikel", artikel), ("regeling", profile.Regeling.Titel)));
    }
}
