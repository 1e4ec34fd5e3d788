namespace Smi.Docs.Policy.Basislijn;

/// <summary>The basislijn points about what a family gets: the basisaanbod (6), extensions (7), recovery (9) and the eigen bijdrage (11).</summary>
internal static class AanbodToets
{
    /// <summary>
    /// Hours that equal one day of childcare when a rule counts hours (point 6 "of een daaraan gelijkstaand
    /// aantal uren"); the handreiking's own worked example prices a day at 11 hours (seed 000 §3.4).
    /// </summary>
    private const decimal UrenPerOpvangdag = 11;

    /// <summary>Point 6: at least 2 days a week for 6 months; a cap below that makes the offer smaller.</summary>
    public static (BasislijnStatus, string) Basisaanbod(Beleid beleid)
    {
        var nl = BasislijnToets.Nl;
        var caps = beleid.EigenBijdrage;
        var aanbod = $"Het basisaanbod is {nl.Number(beleid.BasisaanbodDagenPerWeek)} {Dagen(beleid.BasisaanbodDagenPerWeek)} per week voor {beleid.BasisaanbodMaanden} maanden.";
        var tekort = new List<string>();
        if (beleid.BasisaanbodDagenPerWeek < 2 || caps.MaximumDagenPerWeek < 2)
        {
            tekort.Add("Dat is minder dan 2 dagen per week.");
        }
        if (caps.MaximumUrenPerWeek < 2 * UrenPerOpvangdag)
        {
            tekort.Add($"De gemeente betaalt hoogstens {nl.Number(caps.MaximumUrenPerWeek.Value)} uur per week; 2 dagen opvang zijn ongeveer {nl.Number(2 * UrenPerOpvangdag)} uur.");
        }
        if (beleid.BasisaanbodMaanden < 6 || caps.MaximumMaanden < 6)
        {
            tekort.Add("Dat is korter dan 6 maanden.");
        }
        if (tekort.Count > 0)
        {
            return (BasislijnStatus.VoldoetNiet, $"{aanbod} {string.Join(" ", tekort)} De basislijn vraagt minstens 2 dagen per week gedurende 6 maanden.");
        }
        var uren = caps.MaximumUrenPerWeek is { } max
            ? $" Het maximum van {nl.Number(max)} uur per week is genoeg voor 2 opvangdagen van ongeveer {nl.Number(UrenPerOpvangdag)} uur."
            : "";
        return (BasislijnStatus.Voldoet, aanbod + uren);
    }

    /// <summary>Point 7: one or more extensions must be possible when problems last.</summary>
    public static (BasislijnStatus, string) Verlengen(Beleid beleid, Regeling regeling)
    {
        if (beleid.VerlengingMaanden == 0 || beleid.MaximumAantalVerlengingen == 0
            || beleid.EigenBijdrage.MaximumMaanden <= beleid.BasisaanbodMaanden)
        {
            return (BasislijnStatus.VoldoetNiet, "De regels laten geen verlenging toe. Volgens de basislijn kan de gemeente verlengen als de problemen lang duren.");
        }
        var hoeVaak = beleid.MaximumAantalVerlengingen switch
        {
            null => "zo vaak als nodig",
            1 => "één keer",
            var n => $"hoogstens {n} keer",
        };
        var daarna = beleid.MaximumAantalVerlengingen is not null && regeling.Hardheidsclausule?.Dekt(Regelonderdeel.Duur) == true
            ? " Langer kan alleen met de hardheidsclausule."
            : "";
        return (BasislijnStatus.Voldoet, $"Verlengen kan {hoeVaak}, telkens met {beleid.VerlengingMaanden} maanden.{daarna}");
    }

    /// <summary>Point 9: the only thing asked of parents is to work on recovery — or nothing at all.</summary>
    public static (BasislijnStatus, string) Herstel(Beleid beleid) => beleid.InzetVoorHerstel
        ? (BasislijnStatus.Voldoet, "Na de toekenning vraagt de gemeente alleen dat ouders werken aan hun herstel.")
        : (BasislijnStatus.Voldoet, "De regels vragen na de toekenning niets van de ouders. Dat past binnen de basislijn.");

    /// <summary>Point 11: the KOT table or the VNG adviestabel; paying more than they give is allowed.</summary>
    public static (BasislijnStatus, string) EigenBijdrage(EigenBijdrageBeleid eb)
    {
        var uurprijs = eb.Uurprijs == Uurprijsgrondslag.Werkelijk ? " De gemeente rekent met de echte uurprijs, ook boven de maximale uurprijs." : "";
        var tekst = eb.Methode switch
        {
            EigenBijdrageMethode.VngAdviestabel => $"De eigen bijdrage volgt de VNG-adviestabel ouderbijdrage peuters ({eb.VngTabelJaar}).",
            EigenBijdrageMethode.VolledigOnderGrens =>
                $"Tot {BasislijnToets.Nl.Percentage(eb.VolledigTot!.Percentage)} van {BasislijnToets.Norm(eb.VolledigTot.Van)} betaalt de gemeente alles. Daarboven: {Methode(eb.Daarboven)}. Meer vergoeden dan de tabel mag.",
            EigenBijdrageMethode.Beemster2021 =>
                "De eigen bijdrage is gelijk aan wat ouders bij de kinderopvangtoeslag zouden betalen. In de laagste inkomensgroep betalen ouders niets; dat is meer dan de tabel.",
            EigenBijdrageMethode.OudeIJsselstreek2020 =>
                "De eigen bijdrage volgt de tabel van de kinderopvangtoeslag, over hoogstens de maximale uurprijs.",
            _ => "De eigen bijdrage volgt de tabel van de kinderopvangtoeslag.",
        };
        return (BasislijnStatus.Voldoet, tekst + uurprijs);
    }

    private static string Methode(EigenBijdrageMethode? methode) => methode switch
    {
        EigenBijdrageMethode.VngAdviestabel => "de VNG-adviestabel",
        _ => "de tabel van de kinderopvangtoeslag",
    };

    private static string Dagen(decimal dagen) => dagen == 1 ? "dag" : "dagen";
}
