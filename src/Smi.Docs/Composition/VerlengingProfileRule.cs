using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>
/// An extension must fit the municipality's own policy: beyond its maximum number of extensions only through
/// the hardheidsclausule (basislijn 8), and that only when the regulation has one to cite.
/// </summary>
internal static class VerlengingProfileRule
{
    public static IEnumerable<(DiagnosticCode Code, string Path, string Message)> Check(SmiCase zaak, MunicipalityProfile profile)
    {
        if (zaak.Verlenging is not { } verlenging)
        {
            yield break;
        }
        if (profile.Beleid.BovenMaximumVerlengingen(verlenging.Volgnummer) && !verlenging.Hardheidsclausule)
        {
            yield return (CaseCodes.BovenMaximumVerlengingen, "$.verlenging.aantalEerdereVerlengingen",
                $"profile '{profile.Id}' allows at most {profile.Beleid.MaximumAantalVerlengingen} extensions (beleid.maximumAantalVerlengingen) "
                + "and this would be one more; set verlenging.hardheidsclausule to true if the municipality decides to go beyond it");
        }
        if (verlenging.Hardheidsclausule && profile.Regeling.Hardheidsclausule?.Dekt(Regelonderdeel.Duur) != true)
        {
            yield return (CaseCodes.GeenHardheidsclausule, "$.verlenging.hardheidsclausule",
                profile.Regeling.Hardheidsclausule is null
                    ? $"profile '{profile.Id}' names no hardheidsclausule (regeling.hardheidsclausule), so the letter cannot cite one; add the article to the profile or remove the flag"
                    : $"the hardheidsclausule of profile '{profile.Id}' does not cover the duration (regeling.hardheidsclausule.wijktAfVan has no 'duur'), so it cannot allow one more extension; remove the flag");
        }
    }

}
