using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
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
                        + $"names none (regeling.artikelen.{ArtikelSoorten.Sleutel(grond.Artikel)}); the basislijn has no such condition");
                }
                else if (grond.Artikel == ArtikelSoort.Inkomen && profile.Beleid.Toegang.Inkomenstoets is null)
                {
                    // Issue 12, point 8: an income refusal states the limit in euros, so the profile must give it.
                    yield return (CaseCodes.InkomensgrensOntbreekt, $"{path}.redenen[{i}].code",
                        $"reason '{grond.Code}' states the income limit in euros, and profile '{profile.Id}' gives none (beleid.inkomenstoets, e.g. {{ percentage: 110, van: wml }})");
                }
                else if (grond.Artikel == ArtikelSoort.Inkomen
                    && Inkomensgrenzen.PerJaar(profile.Beleid.Toegang.Inkomenstoets!, TariefTabellen.Standaard, zaak.Aanvraagdatum, zaak.Partner is not null) is null)
                {
                    yield return (CalculationCodes.GeenNormVoorDatum, "$.aanvraagdatum",
                        $"reason '{grond.Code}' states the income limit on the application date, and the tables have no {Inkomensgrenzen.Tabel(profile.Beleid.Toegang.Inkomenstoets!)} for it in case file '{zaak.SourceFile}'; add the figure valid on that date to data/tables with its source");
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
}
