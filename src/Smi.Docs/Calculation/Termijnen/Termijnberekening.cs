namespace Smi.Docs.Calculation.Termijnen;

/// <summary>
/// Deadlines of an SMI case. Each one counted forward that ends on a Saturday, Sunday or algemeen erkende feestdag
/// is extended to the next day that is none of those (Algemene termijnenwet art. 1 lid 1); one counted back from a
/// moment is not (art. 1 lid 2).
/// </summary>
public static class Termijnberekening
{
    /// <summary>
    /// Every deadline of a case: hersteltermijn from the date of sending, beslistermijn from receipt,
    /// bezwaartermijn from sending, the extension date before the end of the case's period, and the end of
    /// a grant of the profile's basisaanbod starting with the period (those two only when the case has a period).
    /// </summary>
    public static TermijnenUitkomst Voor(Cases.SmiCase zaak, Policy.Beleid beleid) => new(
        Hersteltermijn(zaak.Verzenddatum, beleid.HersteltermijnDagen),
        Beslistermijn(zaak.Aanvraagdatum, beleid.BeslistermijnWeken),
        beleid.VerdagingWeken is { } verdaging ? Beslistermijn(zaak.Aanvraagdatum, beleid.BeslistermijnWeken, verdaging) : null,
        EindeBezwaartermijn(zaak.Verzenddatum),
        zaak.Periode is { } periode ? VerlengingAanvragenVoor(periode.Eind, beleid.VerlengingAanvragenWekenVoorEinde) : null,
        zaak.Periode is { } begin ? EindeToekenning(begin.Begin, beleid.BasisaanbodMaanden) : null);

    /// <summary>
    /// How many months the letter says the period is ("Dat is N maanden"): the months the calculation pays for
    /// (<see cref="Maanddelen"/>, a partial month counting as its share), rounded to whole months, half up.
    /// <c>2026-12-01</c> to <c>2027-05-31</c> is six; <c>2026-12-07</c> to <c>2027-06-06</c> is 25/31 + 5 + 6/30 = 6,01,
    /// so six as well. Never less than one for a period that has days (a grant of a few days is not "0 maanden").
    /// </summary>
    public static int MaandenIn(Cases.Periode periode)
    {
        var delen = Maanddelen(periode);
        return delen.Count == 0 ? 0 : Math.Max(1, (int)Math.Round(delen.Sum(d => d.Deel), MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// The calendar months a period touches, each with the days of the period in it. The calculation pays a month the
    /// period only partly covers for its share: hours × (days of the period in the month / days in the month). None of
    /// the regulations (basislijn/handreiking, Beemster 2021, Oude IJsselstreek 2020) says how to count part of a month;
    /// they grant the hours per week or month from the day the childcare starts (Beemster art. 8: "met ingang van de
    /// aanvangsdatum waarop de kinderopvang start"), so a month is paid for the calendar days of it the grant covers.
    /// </summary>
    public static IReadOnlyList<Maanddeel> Maanddelen(Cases.Periode periode)
    {
        var delen = new List<Maanddeel>();
        for (var maand = new DateOnly(periode.Begin.Year, periode.Begin.Month, 1); maand <= periode.Eind; maand = maand.AddMonths(1))
        {
            var laatste = maand.AddMonths(1).AddDays(-1);
            var van = periode.Begin > maand ? periode.Begin : maand;
            var tot = periode.Eind < laatste ? periode.Eind : laatste;
            delen.Add(new Maanddeel(maand, tot.DayNumber - van.DayNumber + 1, laatste.Day));
        }
        return delen;
    }

    /// <summary>Hersteltermijn (Awb 4:5): the days the profile gives, counted from the date of the letter.</summary>
    public static Termijn Hersteltermijn(DateOnly briefdatum, int dagen) => Verschuif(briefdatum.AddDays(1), briefdatum.AddDays(dagen));

    /// <summary>
    /// Beslistermijn (Awb 4:13; the verordening, e.g. Beemster 2021 art. 6 lid 1): weeks after receipt of
    /// the application. <paramref name="verdagingWeken"/> adds a verdaging (Awb 4:14; Beemster art. 6 lid 2).
    /// </summary>
    public static Termijn Beslistermijn(DateOnly ontvangen, int weken, int verdagingWeken = 0) =>
        Verschuif(ontvangen.AddDays(1), ontvangen.AddDays(7 * (weken + verdagingWeken)));

    /// <summary>
    /// End of the bezwaartermijn: six weeks (Awb 6:7) that start on the day after the decision was sent
    /// (Awb 6:8 lid 1), so the last day is the same weekday six weeks after sending.
    /// </summary>
    public static Termijn EindeBezwaartermijn(DateOnly verzonden) => Verschuif(verzonden.AddDays(1), verzonden.AddDays(1).AddDays(6 * 7 - 1));

    /// <summary>
    /// The date by which an extension must be requested: weeks before the end of the grant (basislijn 7). Never moved:
    /// the Atw does not apply to a term counted back from a moment (art. 1 lid 2), and moving it to the next working
    /// day would tell the parent a date after the real one.
    /// </summary>
    public static Termijn VerlengingAanvragenVoor(DateOnly eindeToekenning, int weken)
    {
        var uiterlijk = eindeToekenning.AddDays(-7 * weken);
        return new Termijn(uiterlijk, uiterlijk, null);
    }

    /// <summary>
    /// Last day of a grant of <paramref name="maanden"/> months: start plus the months, minus one day.
    /// Not moved: it ends a period of entitlement, not a term in which someone must act (Atw art. 1).
    /// </summary>
    public static DateOnly EindeToekenning(DateOnly begin, int maanden) => begin.AddMonths(maanden).AddDays(-1);

    /// <summary>
    /// Applies the Atw to a term counted forward from <paramref name="eersteDag"/> (its first day) to
    /// <paramref name="berekend"/> (its last day by the rule): art. 1 lid 1 moves a last day on a Saturday, Sunday or
    /// holiday to the next working day; art. 2 then extends a term of at least three days until it holds at least two
    /// working days (a three-day term from a Friday ends on Tuesday, not Monday).
    /// </summary>
    public static Termijn Verschuif(DateOnly eersteDag, DateOnly berekend)
    {
        var einde = VolgendeWerkdag(berekend);
        if (berekend.DayNumber - eersteDag.DayNumber + 1 >= 3)
        {
            while (Werkdagen(eersteDag, einde) < 2)
            {
                einde = VolgendeWerkdag(einde.AddDays(1));
            }
        }
        var termijn = new Termijn(berekend, einde, null);
        return termijn.Verschoven ? termijn with { Reden = Reden(termijn, Formatting.FixedTexts.Dutch) } : termijn;
    }

    private static DateOnly VolgendeWerkdag(DateOnly dag)
    {
        while (!IsWerkdag(dag))
        {
            dag = dag.AddDays(1);
        }
        return dag;
    }

    private static int Werkdagen(DateOnly van, DateOnly tot)
    {
        var aantal = 0;
        for (var dag = van; dag <= tot; dag = dag.AddDays(1))
        {
            aantal += IsWerkdag(dag) ? 1 : 0;
        }
        return aantal;
    }

    public static bool IsWerkdag(DateOnly dag) =>
        dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Feestdagen.IsFeestdag(dag);

    /// <summary>Why <paramref name="termijn"/> ends later than its rule says, in the language of <paramref name="teksten"/>.</summary>
    public static string Reden(Termijn termijn, Formatting.FixedTexts teksten) =>
        IsWerkdag(termijn.Berekend) ? teksten["termijn.tweeWerkdagen"] : Reden(termijn.Berekend, teksten);

    /// <summary>Why a deadline ending on <paramref name="dag"/> moves (a weekend day or a holiday), in the language of <paramref name="teksten"/>.</summary>
    private static string Reden(DateOnly dag, Formatting.FixedTexts teksten) => Feestdagen.Naam(dag, teksten) is { } feestdag
        ? teksten.Format("termijn.feestdag", ("feestdag", feestdag))
        : teksten[dag.DayOfWeek == DayOfWeek.Saturday ? "termijn.zaterdag" : "termijn.zondag"];
}
