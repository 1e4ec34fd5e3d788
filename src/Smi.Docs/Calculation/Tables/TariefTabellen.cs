using System.Reflection;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Calculation.Tables;

/// <summary>
/// Every tariff table the calculator uses, read once and then read-only, so one instance is shared by
/// all threads (docs/architecture.md §3). <see cref="Standaard"/> holds the sourced tables of <c>data/tables/</c>,
/// built into the assembly; <see cref="Load"/> reads another directory with the same file names.
/// </summary>
public sealed class TariefTabellen
{
    private const string ResourcePrefix = "Smi.Docs.Tables.";
    private static readonly Lazy<TariefTabellen> LazyStandaard = new(LeesStandaard);

    private readonly IReadOnlyDictionary<(int, Opvangsoort), (decimal Prijs, bool Voorlopig)> _maximumUurprijzen;
    private readonly IReadOnlyDictionary<int, InkomensTabel> _kot;
    private readonly IReadOnlyDictionary<int, InkomensTabel> _vng;

    private TariefTabellen(
        IReadOnlyDictionary<(int, Opvangsoort), (decimal Prijs, bool Voorlopig)> maximumUurprijzen,
        IReadOnlyDictionary<int, InkomensTabel> kot,
        IReadOnlyDictionary<int, InkomensTabel> vng,
        IReadOnlyList<Normbedrag> minimumloon,
        IReadOnlyList<Normbedrag> bijstandsnormen)
    {
        _maximumUurprijzen = maximumUurprijzen;
        _kot = kot;
        _vng = vng;
        Minimumloon = minimumloon;
        Bijstandsnormen = bijstandsnormen;
    }

    /// <summary>The tables in <c>data/tables/</c> of this build.</summary>
    public static TariefTabellen Standaard => LazyStandaard.Value;

    public IReadOnlyList<Normbedrag> Minimumloon { get; }

    public IReadOnlyList<Normbedrag> Bijstandsnormen { get; }

    public IReadOnlyCollection<int> KotJaren => _kot.Keys.Order().ToList();

    /// <summary>
    /// The maximum uurprijs of a year; a provisional one (status <c>begroting</c>) only when <paramref name="voorlopigToegestaan"/>,
    /// so without the profile's <c>beleid.voorlopigeTabellen</c> such a year has no table (SMI5101).
    /// </summary>
    public decimal? MaximumUurprijs(int jaar, Opvangsoort soort, bool voorlopigToegestaan = false) =>
        _maximumUurprijzen.TryGetValue((jaar, soort), out var prijs) && (!prijs.Voorlopig || voorlopigToegestaan) ? prijs.Prijs : null;

    /// <summary>True when the year's maximum uurprijs is a budget figure, not yet in the Besluit.</summary>
    public bool MaximumUurprijsIsVoorlopig(int jaar, Opvangsoort soort) =>
        _maximumUurprijzen.TryGetValue((jaar, soort), out var prijs) && prijs.Voorlopig;

    public InkomensTabel? Kot(int jaar) => _kot.GetValueOrDefault(jaar);

    public InkomensTabel? VngAdviestabel(int jaar) => _vng.GetValueOrDefault(jaar);

    /// <exception cref="SmiDocsException">A table is missing a source line, is incomplete or its rows do not join.</exception>
    public static TariefTabellen Load(string directory) =>
        Lees(Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))));

    /// <summary>Reads tables given as (file name, text); the file name says which table it is.</summary>
    /// <exception cref="SmiDocsException">A table is missing a source line, is incomplete or its rows do not join.</exception>
    public static TariefTabellen Lees(IEnumerable<(string Naam, string Tekst)> bestanden)
    {
        var diagnostics = new DiagnosticBag();
        var uurprijzen = new Dictionary<(int, Opvangsoort), (decimal, bool)>();
        var kot = new Dictionary<int, InkomensTabel>();
        var vng = new Dictionary<int, InkomensTabel>();
        var minimumloon = new List<Normbedrag>();
        var bijstand = new List<Normbedrag>();
        foreach (var (naam, tekst) in bestanden)
        {
            if (naam.StartsWith("kot_percentages", StringComparison.Ordinal) || naam.StartsWith("vng_adviestabel", StringComparison.Ordinal))
            {
                var tabel = InkomensTabel.Lees(TabelBestand.Lees(tekst, naam, InkomensTabel.Kolommen, diagnostics), diagnostics);
                if (tabel is not null && !(naam.StartsWith("kot", StringComparison.Ordinal) ? kot : vng).TryAdd(tabel.Jaar, tabel))
                {
                    diagnostics.Error(CalculationCodes.TabelOnleesbaar, $"a second table for {tabel.Jaar}", new SourceLocation(naam));
                }
            }
            else if (naam.StartsWith("kot_maximum_uurprijs", StringComparison.Ordinal))
            {
                MaximumUurprijzen.Lees(TabelBestand.Lees(tekst, naam, MaximumUurprijzen.Kolommen, diagnostics), uurprijzen, diagnostics);
            }
            else if (naam.StartsWith("wml", StringComparison.Ordinal))
            {
                minimumloon.AddRange(Normbedragen.Lees(TabelBestand.Lees(tekst, naam, Normbedragen.KolommenMinimumloon, diagnostics), diagnostics));
            }
            else if (naam.StartsWith("bijstandsnormen", StringComparison.Ordinal))
            {
                bijstand.AddRange(Normbedragen.Lees(TabelBestand.Lees(tekst, naam, Normbedragen.KolommenBijstand, diagnostics), diagnostics));
            }
            else
            {
                diagnostics.Error(CalculationCodes.TabelOnleesbaar, "unknown table file; expected kot_maximum_uurprijs, kot_percentages_*, vng_adviestabel_*, wml_* or bijstandsnormen", new SourceLocation(naam));
            }
        }
        diagnostics.ThrowIfErrors();
        return new TariefTabellen(uurprijzen, kot, vng, minimumloon, bijstand);
    }

    private static TariefTabellen LeesStandaard()
    {
        var assembly = typeof(TariefTabellen).Assembly;
        return Lees(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], Lees(assembly, n))));
    }

    private static string Lees(Assembly assembly, string resource)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }
}
