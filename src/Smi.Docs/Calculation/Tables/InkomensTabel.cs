using Smi.Docs.Diagnostics;

namespace Smi.Docs.Calculation.Tables;

/// <summary>
/// A table by toetsingsinkomen: the KOT percentages (Besluit kinderopvangtoeslag, Bijlage I) or the
/// VNG adviestabel (parent contribution per hour). Rows are contiguous from € 0 upwards; a row applies
/// from its <see cref="InkomensRij.Van"/> until the next row starts, so an income with cents between
/// two whole-euro bounds still finds its row.
/// </summary>
public sealed class InkomensTabel
{
    internal static readonly string[] Kolommen = ["rij", "inkomen_van", "inkomen_tot", "eerste_kind", "tweede_kind"];

    private InkomensTabel(string naam, int jaar, string bron, IReadOnlyList<InkomensRij> rijen)
    {
        Naam = naam;
        Jaar = jaar;
        Bron = bron;
        Rijen = rijen;
    }

    /// <summary>The file name, e.g. <c>kot_percentages_2025.csv</c>, for messages that name the table.</summary>
    public string Naam { get; }

    public int Jaar { get; }

    /// <summary>
    /// True when the file says <c># status: één bron</c>: the figures come from one source that could not be
    /// cross-checked. Used only when the profile names the table explicitly, and then with warning SMI5205.
    /// </summary>
    public bool EenBron { get; private init; }

    public string Bron { get; }

    public IReadOnlyList<InkomensRij> Rijen { get; }

    /// <summary>Rows with at least one figure the source does not give.</summary>
    public IReadOnlyList<int> OnbekendeRijen => Rijen.Where(r => r.EersteKind is null || r.TweedeKind is null).Select(r => r.Rij).ToList();

    public InkomensRij RijVoor(decimal inkomen) => Rijen.Last(r => r.Van <= inkomen);

    /// <summary>
    /// Reads and checks one table. An empty cell is refused, with every such row named: a figure the
    /// source does not give must be written <c>onbekend</c>, so a gap is always a decision and never a slip.
    /// </summary>
    internal static InkomensTabel? Lees(TabelBestand bestand, DiagnosticBag diagnostics)
    {
        var fouten = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var rijen = new List<InkomensRij>();
        var leeg = new List<int>();
        foreach (var (regel, cellen) in bestand.Rijen)
        {
            var rij = TabelBestand.Getal(cellen[0]);
            var van = TabelBestand.Getal(cellen[1]);
            var tot = cellen[2].Length == 0 ? null : TabelBestand.Getal(cellen[2]);
            if (rij is null || van is null || (cellen[2].Length > 0 && tot is null))
            {
                diagnostics.Error(CalculationCodes.TabelOnleesbaar, "rij, inkomen_van and inkomen_tot must be whole euros (inkomen_tot empty only on the last row)", new SourceLocation(bestand.Naam, regel));
                continue;
            }
            if (cellen[3].Length == 0 || cellen[4].Length == 0)
            {
                leeg.Add((int)rij.Value);
            }
            rijen.Add(new InkomensRij((int)rij.Value, van.Value, tot, Waarde(cellen[3], bestand, regel, diagnostics), Waarde(cellen[4], bestand, regel, diagnostics)));
        }
        if (leeg.Count > 0)
        {
            diagnostics.Error(CalculationCodes.TabelOnvolledig,
                $"the table is incomplete: rows {string.Join(", ", leeg)} have an empty cell; fill in the figure from the source, or write 'onbekend' where the source does not give it (never a guess)",
                new SourceLocation(bestand.Naam));
        }
        ControleerGrenzen(rijen, bestand.Naam, diagnostics);
        var jaar = TabelBestand.Getal(bestand.Kop.GetValueOrDefault("jaar", ""));
        if (jaar is null)
        {
            diagnostics.Error(CalculationCodes.TabelBronOntbreekt, "the table must say '# jaar: YYYY' on its first lines", new SourceLocation(bestand.Naam, 1));
        }
        return diagnostics.Items.Count(d => d.Severity == Severity.Error) > fouten || jaar is null
            ? null
            : new InkomensTabel(bestand.Naam, (int)jaar.Value, bestand.Kop.GetValueOrDefault("bron", ""), rijen)
            {
                EenBron = bestand.Kop.GetValueOrDefault("status", "").StartsWith("één bron", StringComparison.Ordinal),
            };
    }

    private static decimal? Waarde(string cel, TabelBestand bestand, int regel, DiagnosticBag diagnostics)
    {
        if (cel is "" or "onbekend")
        {
            return null;
        }
        var waarde = TabelBestand.Getal(cel);
        if (waarde is null)
        {
            diagnostics.Error(CalculationCodes.TabelOnleesbaar, "expected a number with a decimal point, or 'onbekend'", new SourceLocation(bestand.Naam, regel));
        }
        return waarde;
    }

    // Brackets must cover every income exactly once: from 0, each row starting one euro after the last.
    private static void ControleerGrenzen(List<InkomensRij> rijen, string naam, DiagnosticBag diagnostics)
    {
        if (rijen.Count == 0)
        {
            diagnostics.Error(CalculationCodes.TabelOnvolledig, "the table has no rows", new SourceLocation(naam));
            return;
        }
        if (rijen[0].Van != 0)
        {
            diagnostics.Error(CalculationCodes.TabelGrenzen, $"row {rijen[0].Rij} must start at 0", new SourceLocation(naam));
        }
        for (var i = 0; i < rijen.Count; i++)
        {
            var rij = rijen[i];
            if (rij.Rij != i + 1)
            {
                diagnostics.Error(CalculationCodes.TabelOnvolledig, $"row {i + 1} is missing (found row {rij.Rij} in its place)", new SourceLocation(naam));
                return;
            }
            var volgende = i + 1 < rijen.Count ? rijen[i + 1] : null;
            if (volgende is null ? rij.Tot is not null : rij.Tot is null || volgende.Van != rij.Tot + 1)
            {
                diagnostics.Error(CalculationCodes.TabelGrenzen, volgende is null
                    ? $"the last row ({rij.Rij}) must have no upper bound: incomes above it would have no row"
                    : $"rows {rij.Rij} and {volgende.Rij} do not join: row {volgende.Rij} must start one euro after row {rij.Rij} ends", new SourceLocation(naam));
            }
        }
    }
}
