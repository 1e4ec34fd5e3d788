using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>
/// A grant is only possible for the situations the regulation covers: Beemster 2021 (art. 1 sub i, art. 2) counts
/// only a problem of a parent — the applicant or the partner — so a grant for a child's situation would rest on
/// no article. A case that does not say whose situation it is passes: the municipality has judged it.
/// </summary>
internal static class IndicatieProfileRule
{
    public static IEnumerable<(DiagnosticCode Code, string Path, string Message)> Check(SmiCase zaak, MunicipalityProfile profile)
    {
        if (zaak.Indicatie?.Betreft is not { } betreft)
        {
            yield break;
        }
        var doelgroep = profile.Beleid.Toegang.Doelgroep;
        if (doelgroep == Doelgroep.Ouder && betreft == Betrokkene.Kind)
        {
            yield return (CaseCodes.IndicatieBuitenDoelgroep, "$.indicatie.betreft",
                $"profile '{profile.Id}' counts only a parent's situation (beleid.doelgroep: ouder), and this indication is about a child; "
                + "refuse with reason 'niet-in-doelgroep' instead, or correct betreft");
        }
        else if (doelgroep == Doelgroep.Kind && betreft != Betrokkene.Kind)
        {
            yield return (CaseCodes.IndicatieBuitenDoelgroep, "$.indicatie.betreft",
                $"profile '{profile.Id}' counts only a child's situation (beleid.doelgroep: kind), and this indication is about a parent; "
                + "refuse with reason 'niet-in-doelgroep' instead, or correct betreft");
        }
    }
}
