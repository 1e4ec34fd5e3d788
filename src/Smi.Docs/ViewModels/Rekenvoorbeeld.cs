using Smi.Docs.Calculation.Tables;
using Smi.Docs.Cases;

namespace Smi.Docs.ViewModels;

/// <summary>
/// The fictional household of the publiekstekst's worked example: one child in dagopvang 2 days (21 hours) a week,
/// 91 hours a month, at the maximum uurprijs of <see cref="Jaar"/>, with a toetsingsinkomen of € 30.000, for
/// January of <see cref="Jaar"/>. The year is fixed here, never taken from the clock, so a text does not change on
/// 1 January by itself: raise it when the tables of a new year are complete (README, "Publiekstekst").
/// </summary>
internal static class Rekenvoorbeeld
{
    public const int Jaar = 2026;

    public const decimal Toetsingsinkomen = 30_000m;

    public const decimal DagenPerWeek = 2m;

    public const decimal UrenPerWeek = 21m;

    public const decimal UrenPerMaand = 91m;

    /// <summary>The date the example speaks of; also dates the document's metadata.</summary>
    public static DateOnly Peildatum { get; } = new(Jaar, 1, 1);

    /// <summary>The example as a case the calculator takes; null when the tables have no maximum uurprijs for the year.</summary>
    public static SmiCase? AlsZaak(TariefTabellen tabellen)
    {
        if (tabellen.MaximumUurprijs(Jaar, Opvangsoort.Dagopvang) is not { } uurprijs)
        {
            return null;
        }
        var kind = new Kind("Kind", null, "Voorbeeld", Peildatum.AddYears(-2),
            new Opvang(Opvangsoort.Dagopvang, "Kinderopvang", "000000000", DagenPerWeek, UrenPerWeek, UrenPerMaand, uurprijs, "1 maand"));
        var persoon = new Persoon("A.", null, "Voorbeeld", Aanhef.Neutraal);
        return new SmiCase(
            "rekenvoorbeeld", Peildatum, Peildatum, Peildatum, persoon, null,
            new Adres("Voorbeeldstraat", "1", "1234 AB", "Voorbeeld"),
            [kind],
            new Periode(Peildatum, Peildatum.AddMonths(1).AddDays(-1)),
            null, null,
            new Behandelaar("rekenvoorbeeld", "-", "-"),
            Toetsingsinkomen, null, null)
        {
            SourceFile = "rekenvoorbeeld",
        };
    }
}
