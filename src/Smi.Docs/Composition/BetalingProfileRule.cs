using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>
/// A grant pays whom the municipality's policy says: when the profile fixes the payee (Beemster 2021 art. 10
/// lid 4 and Oude IJsselstreek 2020 art. 9 pay the childcare organisation), a case that pays someone else would
/// make the letter promise a payment the regulation does not allow.
/// </summary>
internal static class BetalingProfileRule
{
    public static IEnumerable<(DiagnosticCode Code, string Path, string Message)> Check(SmiCase zaak, MunicipalityProfile profile)
    {
        var vast = profile.Beleid.Betaling switch
        {
            BetalingAan.Ouder => Betaalontvanger.Ouder,
            BetalingAan.Opvang => Betaalontvanger.Opvang,
            _ => (Betaalontvanger?)null,
        };
        if (vast is { } ontvanger && zaak.Betaling is { } betaling && betaling.Aan != ontvanger)
        {
            var naam = ontvanger == Betaalontvanger.Ouder ? "ouder" : "opvang";
            yield return (CaseCodes.BetalingNietVolgensBeleid, "$.betaling.aan",
                $"profile '{profile.Id}' pays only '{naam}' (beleid.betaling); expected betaling.aan '{naam}'");
        }
    }
}
