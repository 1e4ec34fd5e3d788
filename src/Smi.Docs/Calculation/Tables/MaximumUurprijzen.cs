using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Calculation.Tables;

/// <summary>
/// The maximum uurprijs per year and opvangsoort (Besluit kinderopvangtoeslag art. 4 lid 1). Every year
/// the file lists must have all three soorten: a year with a missing soort is refused, with the rows named.
/// <c>status</c> is <c>vastgesteld</c> (in the Besluit) or <c>begroting</c> (a budget figure, provisional: used only
/// when the profile says <c>beleid.voorlopigeTabellen: true</c>, and then with warning SMI5204).
/// </summary>
internal static class MaximumUurprijzen
{
    public static readonly string[] Kolommen = ["jaar", "opvangsoort", "maximum_uurprijs", "status"];

    private static readonly Dictionary<string, Opvangsoort> Soorten = new(StringComparer.Ordinal)
    {
        ["dagopvang"] = Opvangsoort.Dagopvang,
        ["bso"] = Opvangsoort.Bso,
        ["gastouderopvang"] = Opvangsoort.Gastouderopvang,
    };

    public static void Lees(TabelBestand bestand, Dictionary<(int, Opvangsoort), (decimal Prijs, bool Voorlopig)> uurprijzen, DiagnosticBag diagnostics)
    {
        var jaren = new SortedSet<int>();
        foreach (var (regel, cellen) in bestand.Rijen.Where(r => r.Cellen.Length == Kolommen.Length))
        {
            var jaar = TabelBestand.Getal(cellen[0]);
            var prijs = TabelBestand.Getal(cellen[2]);
            if (jaar is null || !Soorten.TryGetValue(cellen[1], out var soort) || prijs is null || cellen[3] is not ("vastgesteld" or "begroting"))
            {
                diagnostics.Error(CalculationCodes.TabelOnleesbaar, "expected a year, one of dagopvang, bso, gastouderopvang, a price with a decimal point and a status vastgesteld or begroting", new SourceLocation(bestand.Naam, regel));
                continue;
            }
            jaren.Add((int)jaar.Value);
            if (!uurprijzen.TryAdd(((int)jaar.Value, soort), (prijs.Value, cellen[3] == "begroting")))
            {
                diagnostics.Error(CalculationCodes.TabelOnleesbaar, "this year and opvangsoort appear twice", new SourceLocation(bestand.Naam, regel));
            }
        }
        var ontbrekend = jaren.SelectMany(j => Soorten.Where(s => !uurprijzen.ContainsKey((j, s.Value))).Select(s => $"{j} {s.Key}")).ToList();
        if (ontbrekend.Count > 0)
        {
            diagnostics.Error(CalculationCodes.TabelOnvolledig, $"the table is incomplete: missing rows {string.Join(", ", ontbrekend)}", new SourceLocation(bestand.Naam));
        }
    }
}
