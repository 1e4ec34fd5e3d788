using System.Globalization;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Calculation;

/// <summary>
/// Checks the municipality's own <c>berekening</c> in a case: that each month adds up (municipal plus
/// parent share is hours × price, to the cent; for a month the period only partly covers, the hours of that part,
/// as <see cref="EigenBijdrageCalculator"/> lists them) and how it compares with our calculation. Only warnings:
/// the municipality's system decides, the letter prints its amounts. Messages name the place, never an amount.
/// </summary>
public static class EigenBerekeningControle
{
    /// <param name="onze">Our calculation of the same case (<see cref="CaseCalculation"/>), or null when it could not be made.</param>
    /// <param name="waaromNiet">Why ours could not be made; named by code only in the warning.</param>
    public static IReadOnlyList<Diagnostic> Controleer(SmiCase zaak, Berekeningsuitkomst? onze, IReadOnlyList<Diagnostic>? waaromNiet = null)
    {
        if (zaak.Berekening is not { } eigen)
        {
            return [];
        }
        var bestand = zaak.SourceFile;
        var bag = new DiagnosticBag();
        for (var k = 0; k < eigen.Kinderen.Count; k++)
        {
            for (var m = 0; m < eigen.Kinderen[k].Maanden.Count; m++)
            {
                var maand = eigen.Kinderen[k].Maanden[m];
                if (maand.Gemeente + maand.Ouder != Afronding.Bedrag(maand.Uren * maand.Uurprijs))
                {
                    bag.Warning(CalculationCodes.EigenBerekeningTeltNietOp, "gemeente + ouder is not uren × uurprijs (rounded to cents)", Pad(bestand, k, m));
                }
            }
        }
        if (onze is null)
        {
            bag.Warning(CalculationCodes.EigenBerekeningNietTeControleren,
                $"our own calculation could not be made, so the berekening is not compared ({string.Join("; ", (waaromNiet ?? []).Select(d => d.Code))})",
                SourceLocation.AtJsonPath(bestand, "$.berekening"));
            return bag.Items;
        }
        if (eigen.Jaar != onze.Jaar)
        {
            bag.Warning(CalculationCodes.EigenBerekeningWijktAf, $"the berekening names another table year than ours for the period's first month ({onze.Jaar.ToString(CultureInfo.InvariantCulture)})", SourceLocation.AtJsonPath(bestand, "$.berekening.jaar"));
        }
        for (var k = 0; k < Math.Min(eigen.Kinderen.Count, onze.Kinderen.Count); k++)
        {
            foreach (var (maand, m) in eigen.Kinderen[k].Maanden.Select((x, i) => (x, i)))
            {
                var regel = onze.Kinderen[k].Maanden.FirstOrDefault(r => r.Jaar == maand.Jaar && r.Maand == maand.Maand);
                if (regel is null || regel.Gemeente != maand.Gemeente || regel.Ouder != maand.Ouder)
                {
                    bag.Warning(CalculationCodes.EigenBerekeningWijktAf, regel is null
                        ? "our calculation has no amount for this month (the profile's maximum months or the period)"
                        : "the amounts differ from our calculation with the profile's method and the tariff tables; check with 'smi-docs bereken'", Pad(bestand, k, m));
                }
            }
        }
        return bag.Items;
    }

    private static SourceLocation Pad(string bestand, int kind, int maand) =>
        SourceLocation.AtJsonPath(bestand, $"$.berekening.kinderen[{kind}].maanden[{maand}]");
}
