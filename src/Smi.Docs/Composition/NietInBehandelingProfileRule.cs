using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>
/// Awb 4:5 lid 1 allows not processing only after the parent had the term the college set. The municipality's policy
/// sets it (<c>beleid.hersteltermijnDagen</c>, counted from the letter and moved under the Algemene termijnenwet, as
/// the ontbrekende-gegevens letter does); a shorter term than that did not give the parent the chance it promised.
/// </summary>
internal static class NietInBehandelingProfileRule
{
    public static IEnumerable<(DiagnosticCode Code, string Path, string Message)> Check(SmiCase zaak, MunicipalityProfile profile)
    {
        if (zaak.NietInBehandeling?.Herstelbrief is not { } brief)
        {
            yield break;
        }
        var dagen = profile.Beleid.HersteltermijnDagen;
        if (brief.TermijnEinde < Termijnberekening.Hersteltermijn(brief.Datum, dagen).Einde)
        {
            yield return (CaseCodes.HersteltermijnKorterDanBeleid, "$.nietInBehandeling.herstelbrief.termijnEinde",
                $"the hersteltermijn ends before the {dagen} days profile '{profile.Id}' gives (beleid.hersteltermijnDagen, counted from the letter's datum and moved under the Algemene termijnenwet); "
                + "expected the last day the ontbrekende-gegevens letter named");
        }
    }
}
