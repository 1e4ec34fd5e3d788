using System.Globalization;
using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>
/// A grant (toekenning, verlenging) must respect the profile's income test (<c>beleid.inkomenstoets</c>; Oude
/// IJsselstreek 2020 art. 3 and 5: no SMI above 110 % of the minimum wage). A case above it is refused, not granted:
/// we never produce a grant the regulation forbids. The limit is taken on the start of the period, as the calculation
/// takes the limit of volledig-onder-grens.
/// </summary>
internal static class InkomenProfileRule
{
    public static IEnumerable<(DiagnosticCode Code, string Path, string Message)> Check(SmiCase zaak, MunicipalityProfile profile) =>
        Check(zaak, profile, TariefTabellen.Standaard);

    public static IEnumerable<(DiagnosticCode Code, string Path, string Message)> Check(SmiCase zaak, MunicipalityProfile profile, TariefTabellen tabellen)
    {
        if (profile.Beleid.Toegang.Inkomenstoets is not { } toets || zaak.Periode is not { } periode)
        {
            yield break;
        }
        var (inkomen, pad) = zaak.Toetsingsinkomen is { } eigen ? (eigen, "$.toetsingsinkomen")
            : zaak.Berekening is { } berekening ? (berekening.Toetsingsinkomen, "$.berekening.toetsingsinkomen")
            : (default(decimal?), "$.toetsingsinkomen");
        if (inkomen is null)
        {
            yield break;
        }
        if (Inkomensgrenzen.PerJaar(toets, tabellen, periode.Begin, zaak.Partner is not null) is not { } grens)
        {
            yield return (CalculationCodes.GeenNormVoorDatum, "$.periode.begin",
                $"profile '{profile.Id}' has an income test (beleid.inkomenstoets) and the tables have no {Inkomensgrenzen.Tabel(toets)} for the start of the period in case file '{zaak.SourceFile}'; add the figure valid on that date to data/tables with its source");
            yield break;
        }
        if (inkomen > grens)
        {
            yield return (CaseCodes.InkomenBovenGrens, pad,
                $"profile '{profile.Id}' grants no SMI above {toets.Percentage.ToString(CultureInfo.InvariantCulture)}% of the {(toets.Van == Inkomensnorm.Wml ? "minimumloon" : "bijstandsnorm")} "
                + $"(beleid.inkomenstoets: {grens.ToString("0.00", CultureInfo.InvariantCulture)} euro a year at the start of the period) and the case's toetsingsinkomen is above it; "
                + "make an afwijzing with reason 'inkomen-boven-grens' instead");
        }
    }
}
