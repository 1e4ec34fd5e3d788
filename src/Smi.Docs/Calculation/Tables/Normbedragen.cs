using Smi.Docs.Diagnostics;

namespace Smi.Docs.Calculation.Tables;

/// <summary>Reads the minimumloon and bijstandsnormen files: amounts with the dates they apply.</summary>
internal static class Normbedragen
{
    public static readonly string[] KolommenMinimumloon = ["ingangsdatum", "geldig_tot", "bedrag_per_maand"];

    public static readonly string[] KolommenBijstand = ["ingangsdatum", "geldig_tot", "leefvorm", "bedrag_per_maand"];

    public static IEnumerable<Normbedrag> Lees(TabelBestand bestand, DiagnosticBag diagnostics)
    {
        var metLeefvorm = bestand.Kolommen.Count == KolommenBijstand.Length;
        var bedragen = new List<Normbedrag>();
        foreach (var (regel, cellen) in bestand.Rijen)
        {
            var van = TabelBestand.Datum(cellen[0]);
            var tot = TabelBestand.Datum(cellen[1]);
            var bedrag = TabelBestand.Getal(cellen[^1]);
            var leefvorm = metLeefvorm ? cellen[2] : null;
            if (van is null || tot is null || tot < van || bedrag is null || leefvorm is not (null or "alleenstaande" or "gehuwden"))
            {
                diagnostics.Error(CalculationCodes.TabelOnleesbaar,
                    "expected two dates as YYYY-MM-DD (geldig_tot not before ingangsdatum), leefvorm alleenstaande or gehuwden, and an amount with a decimal point",
                    new SourceLocation(bestand.Naam, regel));
                continue;
            }
            bedragen.Add(new Normbedrag(van.Value, tot.Value, leefvorm, bedrag.Value));
        }
        return bedragen;
    }
}
