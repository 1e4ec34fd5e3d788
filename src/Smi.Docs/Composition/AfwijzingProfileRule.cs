using Smi.Docs.Cases;
using Smi.Docs.Catalogues;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>
/// A refusal may only rest on a reason the municipality's own regulation has. Reasons outside the
/// basislijn (an income test; basislijn 5 forbids one) need the profile to name their article. The same holds
/// for the refusal of one child in a partial decision (<c>kinderen[i].afwijzing</c>).
/// </summary>
internal static class AfwijzingProfileRule
{
    public static IEnumerable<(DiagnosticCode Code, string Path, string Message)> Check(SmiCase zaak, MunicipalityProfile profile)
    {
        var afwijzingen = zaak.Kinderen
            .Select((kind, i) => (Afwijzing: kind.Afwijzing, Path: $"$.kinderen[{i}].afwijzing"))
            .Prepend((zaak.Afwijzing, "$.afwijzing"));
        foreach (var (afwijzing, path) in afwijzingen)
        {
            var redenen = afwijzing?.Redenen ?? [];
            for (var i = 0; i < redenen.Count; i++)
            {
                var grond = AfwijzingsgrondenCatalogus.Standaard[redenen[i].Code];
                if (grond.EigenArtikel && profile.Regeling.Artikelen.Voor(grond.Artikel) is null)
                {
                    yield return (CaseCodes.EigenArtikelOntbreekt, $"{path}.redenen[{i}].code",
                        $"reason '{grond.Code}' needs an article of the municipality's own regulation, and profile '{profile.Id}' "
                        + $"names none (regeling.artikelen.{ProfileKey(grond.Artikel)}); the basislijn has no such condition");
                }
            }
        }
    }

    /// <summary>
    /// A child's own refusal makes a grant partial; a letter that grants nothing (a refusal, the Awb 4:5 letters)
    /// cannot carry it: the whole application is refused or not decided yet.
    /// </summary>
    public static IEnumerable<(DiagnosticCode Code, string Path, string Message)> GeenKindAfwijzing(SmiCase zaak, string documentId) =>
        zaak.Kinderen
            .Select((kind, i) => (kind, i))
            .Where(x => !x.kind.Toegekend)
            .Select(x => (CaseCodes.BlokHoortNiet, $"$.kinderen[{x.i}].afwijzing",
                $"'afwijzing' of one child does not belong in document '{documentId}'; it makes a toekenning or verlenging partial"));

    private static string ProfileKey(ArtikelSoort soort)
    {
        var name = soort.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
