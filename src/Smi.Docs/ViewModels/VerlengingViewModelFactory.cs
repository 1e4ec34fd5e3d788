using Smi.Docs.Calculation;
using System.Globalization;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Cases;
using Smi.Docs.Localization;
using Smi.Docs.Policy;

namespace Smi.Docs.ViewModels;

/// <summary>Builds the verlenging view model: the toekenning's parts for the new period plus the extension.</summary>
public static class VerlengingViewModelFactory
{
    public static VerlengingViewModel Create(SmiCase zaak, MunicipalityProfile profile, LanguagePack pack, CaseCalculation berekening)
    {
        var verlenging = zaak.Verlenging
            ?? throw new InvalidOperationException("the verlenging's requirements were not checked before building its view model");
        // The amounts are those of the new period: the calculator takes its tables from the year it begins in.
        var delen = ToekenningOnderdelen.Create(zaak, profile, "verlenging", pack, berekening);
        var eerder = verlenging.EerderBesluit;
        var maximum = profile.Beleid.MaximumAantalVerlengingen;
        return new VerlengingViewModel(
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
            delen.Beleid,
            new VerlengingView(
                new EerderBesluitView(eerder.Datum, eerder.Kenmerk, new PeriodeView(eerder.Periode.Begin, eerder.Periode.Eind, Termijnberekening.MaandenIn(eerder.Periode))),
                verlenging.Volgnummer,
                Rangtelwoord(verlenging.Volgnummer, pack.Texts),
                maximum is null,
                maximum,
                maximum is { } m ? Math.Max(0, m - verlenging.Volgnummer) : 0,
                // The flag alone is not enough: within the maximum the ordinary article carries the decision.
                verlenging.Hardheidsclausule && profile.Beleid.BovenMaximumVerlengingen(verlenging.Volgnummer)));
    }

    /// <summary>"tweede": the ordinals of the fixed texts, a comma-separated list; beyond it the number in the language's pattern.</summary>
    internal static string Rangtelwoord(int volgnummer, Formatting.FixedTexts texts)
    {
        var woorden = texts["verlenging.rangtelwoorden"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return volgnummer >= 1 && volgnummer <= woorden.Length
            ? woorden[volgnummer - 1]
            : texts.Format("verlenging.rangtelwoordVerder", ("nummer", volgnummer.ToString(CultureInfo.InvariantCulture)));
    }
}
