using Smi.Docs.Calculation.Tables;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Calculation;

/// <summary>
/// Turns a case, the profile's policy and the tariff tables into the eigen bijdrage and the municipal
/// tegemoetkoming per child per month. Each month is priced with the tables of the year it falls in, as the
/// kinderopvangtoeslag does (or of the year the period begins in, when the profile says <c>tabeljaar: begin</c>;
/// <see cref="Tabeljaar"/>). A month the period only partly covers pays its share of the hours
/// (<see cref="Termijnberekening.Maanddelen"/>). Stateless; safe to share.
/// </summary>
public static class EigenBijdrageCalculator
{
    /// <exception cref="SmiDocsException">No income, a table year that is missing, or an income in a row the source does not give.</exception>
    public static Berekeningsuitkomst Bereken(SmiCase zaak, Beleid beleid, TariefTabellen tabellen)
    {
        // A partial decision pays only the children it grants (issue 12 point 7): a refused child is not calculated
        // and is not the first child of the KOT table.
        zaak = zaak.AlleenToegekend();
        var inkomen = zaak.Toetsingsinkomen ?? zaak.Berekening?.Toetsingsinkomen ?? throw Fout(CalculationCodes.GeenToetsingsinkomen,
            "the calculation needs the household's toetsingsinkomen; add 'toetsingsinkomen' to the case", zaak.SourceFile, "$.toetsingsinkomen");
        var periode = zaak.Periode ?? throw Fout(CalculationCodes.GeenPeriode,
            "the calculation needs the 'periode' of the grant", zaak.SourceFile, "$.periode");
        var jaar = periode.Begin.Year;
        var regels = new Regels(beleid.EigenBijdrage, tabellen, jaar, inkomen, zaak.SourceFile);
        var methode = regels.ToepasselijkeMethode(zaak, periode.Begin);
        var maanden = Maanden(periode, beleid.EigenBijdrage.MaximumMaanden);
        var afbouw = zaak.Indicatie?.Afbouw ?? [];
        var perKind = zaak.Kinderen.Select(_ => new List<MaandRegel>()).ToList();
        var eersteKinderen = new List<int>();
        foreach (var deel in maanden)
        {
            var uren = new List<decimal>(zaak.Kinderen.Count);
            foreach (var kind in zaak.Kinderen)
            {
                uren.Add(NaarDeel(VergoedeUren(kind.Opvang, afbouw, deel.Maand, beleid), deel));
            }
            var eerste = KindVolgorde.EersteKind(zaak.Kinderen, uren);
            eersteKinderen.Add(eerste);
            for (var k = 0; k < zaak.Kinderen.Count; k++)
            {
                var opvang = zaak.Kinderen[k].Opvang;
                perKind[k].Add(regels.Maand(methode, opvang, deel, NaarDeel(opvang.UrenPerMaand, deel), uren[k], k == eerste));
            }
        }
        var kinderen = zaak.Kinderen.Select((kind, k) => new KindUitkomst(
            k + 1,
            kind.Voornaam,
            kind.Opvang.Soort,
            eersteKinderen.Count > 0 && eersteKinderen[0] == k,
            perKind[k],
            perKind[k].Sum(m => m.Gemeente),
            perKind[k].Sum(m => m.Ouder))).ToList();
        var uitkomst = new Berekeningsuitkomst(jaar, inkomen, methode, kinderen, kinderen.Sum(k => k.TotaalGemeente), kinderen.Sum(k => k.TotaalOuder), []);
        return uitkomst with { Uitleg = Uitleg.Zinnen(uitkomst, zaak, beleid, regels), Voorbehouden = regels.Voorbehouden };
    }

    /// <summary>The hours we pay for in a month: the caps on days and hours per week scale the month's hours down, then the monthly cap applies.</summary>
    internal static decimal VergoedeUren(Opvang opvang, IReadOnlyList<Afbouwstap> afbouw, DateOnly maand, Beleid beleid)
    {
        var dagen = StapOp(afbouw, maand)?.DagenPerWeek ?? opvang.DagenPerWeek;
        if (beleid.EigenBijdrage.MaximumDagenPerWeek is { } maxDagen)
        {
            dagen = Math.Min(dagen, maxDagen);
        }
        var factor = opvang.DagenPerWeek == 0 ? 1 : Math.Min(1, dagen / opvang.DagenPerWeek);
        if (beleid.EigenBijdrage.MaximumUrenPerWeek is { } maxUren && opvang.UrenPerWeek > maxUren)
        {
            factor = Math.Min(factor, maxUren / opvang.UrenPerWeek);
        }
        var uren = factor == 1 ? opvang.UrenPerMaand : Afronding.Uren(opvang.UrenPerMaand * factor);
        // The profile's cap per child per month: 230 in the basislijn profile, as in the KOT (domain notes §5.1).
        return Math.Min(uren, beleid.MaximumUrenPerMaandPerKind);
    }

    /// <summary>The phase-out step in force in <paramref name="maand"/>: the last to start on or before it (of two on one date, the later listed).</summary>
    private static Afbouwstap? StapOp(IReadOnlyList<Afbouwstap> afbouw, DateOnly maand)
    {
        Afbouwstap? inForce = null;
        foreach (var stap in afbouw)
        {
            if (stap.Vanaf <= maand && (inForce is null || stap.Vanaf >= inForce.Vanaf))
            {
                inForce = stap;
            }
        }
        return inForce;
    }

    /// <summary>
    /// The months we pay: those of the period (<see cref="Termijnberekening.Maanddelen"/>), after the profile's
    /// maximum months counted from the start date (a grant of at most 12 months that starts on the 7th ends on the 6th).
    /// </summary>
    private static IReadOnlyList<Maanddeel> Maanden(Periode periode, int? maximum)
    {
        if (maximum is { } max && Termijnberekening.EindeToekenning(periode.Begin, max) < periode.Eind)
        {
            periode = periode with { Eind = Termijnberekening.EindeToekenning(periode.Begin, max) };
        }
        return Termijnberekening.Maanddelen(periode);
    }

    /// <summary>
    /// A month's hours for the part of it the period covers: hours × (days of the period in the month / days in the
    /// month), rounded to two decimals (<see cref="Afronding.Uren"/>), like the hours a cap scales down. Applied to the
    /// hours taken and to the hours paid (after the caps) alike, so the line shows the hours actually paid for.
    /// </summary>
    internal static decimal NaarDeel(decimal uren, Maanddeel deel) => deel.Heel ? uren : Afronding.Uren(uren * deel.Dagen / deel.DagenInMaand);

    internal static SmiDocsException Fout(DiagnosticCode code, string message, string bestand, string pad) =>
        new(Diagnostic.Error(code, message, SourceLocation.AtJsonPath(bestand, pad)));
}
