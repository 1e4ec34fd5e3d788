using Smi.Docs.Diagnostics;
using Smi.Docs.Input;

namespace Smi.Docs.Policy;

/// <summary>
/// Reads <c>beleid.eigenBijdrage</c>. Keys that only some methods use are optional in the YAML; a method
/// that needs one it did not get is reported as SMI2013, naming the key.
/// </summary>
internal static class EigenBijdrageReader
{
    private static readonly (string, EigenBijdrageMethode)[] Methoden = EigenBijdrageMethodeNamen.Alle.ToArray();

    private static readonly (string, EigenBijdrageMethode)[] MethodenDaarboven = Methoden.Where(m => m.Item2 != EigenBijdrageMethode.VolledigOnderGrens).ToArray();

    private static readonly (string, Uurprijsgrondslag)[] Grondslagen = [("maximum", Uurprijsgrondslag.Maximum), ("werkelijk", Uurprijsgrondslag.Werkelijk)];

    private static readonly (string, Tabeljaar)[] Tabeljaren = [("maand", Tabeljaar.Maand), ("begin", Tabeljaar.Begin)];

    private static readonly (string, Inkomensnorm)[] Normen = [("wml", Inkomensnorm.Wml), ("bijstandsnorm", Inkomensnorm.Bijstandsnorm)];

    /// <summary><c>{ percentage: 120, van: wml }</c>: for <c>volledigTot</c> and for <c>beleid.inkomenstoets</c>.</summary>
    public static Inkomensgrens ReadInkomensgrens(InputObject g) => new(g.Decimal("percentage"), g.Choice("van", Normen));

    public static EigenBijdrageBeleid Read(InputObject o)
    {
        var methode = o.Choice("methode", Methoden);
        var daarboven = o.OptionalChoice("daarboven", MethodenDaarboven);
        var beleid = new EigenBijdrageBeleid(
            methode,
            o.OptionalChoice("uurprijs", Grondslagen) ?? Uurprijsgrondslag.Maximum,
            o.OptionalDecimal("maximumUrenPerWeek", maximum: 168),
            o.OptionalDecimal("maximumDagenPerWeek", maximum: 7),
            o.OptionalInteger("maximumMaanden"),
            o.OptionalObject("volledigTot", ReadInkomensgrens),
            daarboven,
            o.OptionalInteger("vngTabelJaar"),
            o.OptionalDecimal("laagsteInkomenscategorieTot"),
            o.OptionalChoice("tabeljaar", Tabeljaren) ?? Tabeljaar.Maand);
        foreach (var (key, why) in Ontbrekend(beleid))
        {
            o.Report(ProfileCodes.MethodeVraagtSleutel, key, why);
        }
        if (beleid.Uurprijs == Uurprijsgrondslag.Werkelijk && beleid.Methode is EigenBijdrageMethode.Beemster2021 or EigenBijdrageMethode.OudeIJsselstreek2020)
        {
            // Beemster 2021 art. 10 lid 2 and Oude IJsselstreek 2020 art. 4: the parent pays what the kinderopvangtoeslag
            // would leave, and that toeslag pays over at most the maximum uurprijs; paying over the real price contradicts it.
            o.Report(ProfileCodes.MethodeBepaaltSleutel, "uurprijs",
                $"methode '{EigenBijdrageMethodeNamen.Naam(beleid.Methode)}' takes the parent's share of the kinderopvangtoeslag, which pays over at most the maximum uurprijs; expected uurprijs: maximum (or leave it out)");
        }
        // OudeIJsselstreek 2020 art. 6: at most 24 hours a week, unless the profile says otherwise.
        return beleid.Methode == EigenBijdrageMethode.OudeIJsselstreek2020 && beleid.MaximumUrenPerWeek is null
            ? beleid with { MaximumUrenPerWeek = 24 }
            : beleid;
    }

    /// <summary>The keys each method needs, checked after reading so every missing one is named.</summary>
    private static IEnumerable<(string Key, string Why)> Ontbrekend(EigenBijdrageBeleid b)
    {
        var methoden = new[] { b.Methode, b.Daarboven ?? b.Methode };
        if (b.Methode == EigenBijdrageMethode.VolledigOnderGrens && b.VolledigTot is null)
        {
            yield return ("volledigTot", "methode 'volledig-onder-grens' needs the income limit, e.g. volledigTot: { percentage: 120, van: wml }");
        }
        if (b.Methode == EigenBijdrageMethode.VolledigOnderGrens && b.Daarboven is null)
        {
            yield return ("daarboven", "methode 'volledig-onder-grens' needs the method used above the limit, e.g. daarboven: kot");
        }
        if (methoden.Contains(EigenBijdrageMethode.VngAdviestabel) && b.VngTabelJaar is null)
        {
            yield return ("vngTabelJaar", "the VNG adviestabel needs the year of the table the municipality uses, e.g. vngTabelJaar: 2021");
        }
        if (methoden.Contains(EigenBijdrageMethode.Beemster2021) && b.LaagsteInkomenscategorieTot is null)
        {
            yield return ("laagsteInkomenscategorieTot", "methode 'beemster-2021' needs the upper bound of the lowest income category (Besluit subsidiehoogte peuteropvang, art. 10 lid 2)");
        }
    }
}
