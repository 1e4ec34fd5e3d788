using System.Globalization;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Calculation.Tables;

/// <summary>
/// One tariff table file: <c># key: value</c> lines on top (which table, year, source, date of the
/// source), then a CSV header and rows. Every table must say where its figures come from, so the
/// header lines <c>bron</c> and <c>brondatum</c> and one of <c>jaar</c>/<c>jaren</c> are required.
/// </summary>
internal sealed class TabelBestand
{
    private static readonly string[] VerplichteKoppen = ["tabel", "bron", "brondatum"];

    private TabelBestand(string naam, IReadOnlyDictionary<string, string> kop, IReadOnlyList<string> kolommen, IReadOnlyList<(int Regel, string[] Cellen)> rijen)
    {
        Naam = naam;
        Kop = kop;
        Kolommen = kolommen;
        Rijen = rijen;
    }

    public string Naam { get; }

    public IReadOnlyDictionary<string, string> Kop { get; }

    public IReadOnlyList<string> Kolommen { get; }

    public IReadOnlyList<(int Regel, string[] Cellen)> Rijen { get; }

    public static TabelBestand Lees(string tekst, string naam, IReadOnlyList<string> verwachteKolommen, DiagnosticBag diagnostics)
    {
        var kop = new Dictionary<string, string>(StringComparer.Ordinal);
        var rijen = new List<(int, string[])>();
        string[]? kolommen = null;
        var regels = tekst.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < regels.Length; i++)
        {
            var regel = regels[i].Trim();
            if (regel.Length == 0)
            {
                continue;
            }
            if (regel.StartsWith('#'))
            {
                var dubbelepunt = regel.IndexOf(':', StringComparison.Ordinal);
                if (dubbelepunt > 1)
                {
                    kop.TryAdd(regel[1..dubbelepunt].Trim(), regel[(dubbelepunt + 1)..].Trim());
                }
                continue;
            }
            var cellen = regel.Split(',').Select(c => c.Trim()).ToArray();
            if (kolommen is null)
            {
                kolommen = cellen;
                if (!kolommen.SequenceEqual(verwachteKolommen))
                {
                    diagnostics.Error(CalculationCodes.TabelOnleesbaar, $"expected the columns {string.Join(",", verwachteKolommen)}", new SourceLocation(naam, i + 1));
                }
            }
            else if (cellen.Length != kolommen.Length)
            {
                diagnostics.Error(CalculationCodes.TabelOnleesbaar, $"expected {kolommen.Length} cells, found {cellen.Length}", new SourceLocation(naam, i + 1));
            }
            else
            {
                rijen.Add((i + 1, cellen));
            }
        }
        foreach (var sleutel in VerplichteKoppen.Where(k => !kop.ContainsKey(k)).Append(kop.ContainsKey("jaar") || kop.ContainsKey("jaren") ? null : "jaar").OfType<string>())
        {
            diagnostics.Error(CalculationCodes.TabelBronOntbreekt, $"the table must say '# {sleutel}: …' on its first lines (where the figures come from)", new SourceLocation(naam, 1));
        }
        return new TabelBestand(naam, kop, kolommen ?? [], rijen);
    }

    public static decimal? Getal(string cel) =>
        decimal.TryParse(cel, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var waarde) ? waarde : null;

    public static DateOnly? Datum(string cel) =>
        DateOnly.TryParseExact(cel, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum) ? datum : null;
}
