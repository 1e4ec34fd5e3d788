using Smi.Docs.Calculation;
using Smi.Docs.Localization;
using Smi.Docs.Cases;
using Smi.Docs.Policy;

namespace Smi.Docs.ViewModels;

/// <summary>Builds the toekenning view model from a validated case and the municipality's profile.</summary>
public static class ToekenningViewModelFactory
{
    public static ToekenningViewModel Create(SmiCase zaak, MunicipalityProfile profile, LanguagePack pack, CaseCalculation berekening)
    {
        var delen = ToekenningOnderdelen.Create(zaak, profile, "toekenning", pack, berekening);
        return new ToekenningViewModel(
            delen.Brief,
            delen.Aanvrager,
            delen.Kinderen,
            delen.Kinderen.Count,
            delen.AfgewezenKinderen,
            delen.Periode,
            delen.VerlengingAanvragenVoor,
            delen.Indicatie,
            delen.Betaling,
            delen.Berekening,
            delen.Beleid);
    }

    internal static BeleidView Beleid(MunicipalityProfile profile) => new(
        profile.Beleid.VerlengingMaanden,
        profile.Beleid.MaximumAantalVerlengingen,
        profile.Beleid.VerlengingAanvragenWekenVoorEinde,
        profile.Beleid.MaximumUrenPerMaandPerKind,
        profile.Beleid.BeslistermijnWeken,
        profile.Beleid.InzetVoorHerstel,
        // The toekenning offers the clause next to the maximum number of extensions: only when it covers the duration.
        profile.Regeling.Hardheidsclausule?.Dekt(Regelonderdeel.Duur) == true);
}
