using Smi.Docs.Calculation.Tables;
using Smi.Docs.Policy;

namespace Smi.Docs.Calculation;

/// <summary>
/// An income limit of a profile (<c>volledigTot</c>, <c>beleid.inkomenstoets</c>) in euros per year on a date:
/// 12 × the month's norm × the percentage, rounded to cents. The minimumloon is the referentiemaandloon (one figure
/// for everyone); the bijstandsnorm depends on the household (single or couple, incl. vakantietoeslag).
/// </summary>
public static class Inkomensgrenzen
{
    /// <param name="metPartner">True for a couple (bijstandsnorm 'gehuwden'); ignored for the minimumloon.</param>
    /// <returns>Null when the tables have no norm for <paramref name="peildatum"/> (the caller reports SMI5104).</returns>
    public static decimal? PerJaar(Inkomensgrens grens, TariefTabellen tabellen, DateOnly peildatum, bool metPartner)
    {
        var normen = grens.Van == Inkomensnorm.Wml ? tabellen.Minimumloon : tabellen.Bijstandsnormen;
        var leefvorm = grens.Van == Inkomensnorm.Wml ? null : metPartner ? "gehuwden" : "alleenstaande";
        return normen.FirstOrDefault(n => n.Ingangsdatum <= peildatum && peildatum <= n.GeldigTot && n.Leefvorm == leefvorm) is { } norm
            ? Afronding.Bedrag(norm.BedragPerMaand * 12 * grens.Percentage / 100)
            : null;
    }

    /// <summary>The table file a limit's norm comes from, for messages that ask to add a figure.</summary>
    public static string Tabel(Inkomensgrens grens) =>
        grens.Van == Inkomensnorm.Wml ? "minimumloon (wml_referentiemaandloon.csv)" : "bijstandsnorm (bijstandsnormen.csv)";
}
