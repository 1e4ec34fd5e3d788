using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Cases;
using Smi.Docs.Policy;

namespace Smi.Docs.ViewModels;

internal static class BriefContextFactory
{
    public static BriefContext Create(SmiCase zaak, MunicipalityProfile profile)
    {
        var gemeente = profile.Gemeente;
        return new BriefContext(
            new GemeenteView(gemeente.Naam, OneLine(gemeente.Postadres), OneLine(gemeente.Bezoekadres), gemeente.Telefoon, gemeente.Email, gemeente.Website),
            RegelingView.Van(profile.Regeling),
            new BezwaarView(OneLine(profile.Bezwaar.Postadres), profile.Bezwaar.Digitaal),
            new OndertekeningView(profile.Ondertekening.Namens, profile.Ondertekening.Naam, profile.Ondertekening.Functie),
            new BehandelaarView(zaak.Behandelaar.Naam, zaak.Behandelaar.Telefoon, zaak.Behandelaar.Email),
            zaak.Zaaknummer,
            zaak.Aanvraagdatum,
            zaak.Besluitdatum,
            zaak.Verzenddatum,
            // Awb 6:7/6:8, moved to the next working day under the Algemene termijnenwet.
            Termijnberekening.EindeBezwaartermijn(zaak.Verzenddatum).Einde);
    }

    private static string OneLine(IReadOnlyList<string> lines) => string.Join(", ", lines);
}
