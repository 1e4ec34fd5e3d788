using Smi.Docs.Cases;
using Smi.Docs.Policy;

namespace Smi.Docs.ViewModels;

/// <summary>Builds the toekenning view model from a validated case and the municipality's profile.</summary>
public static class ToekenningViewModelFactory
{
    public static ToekenningViewModel Create(SmiCase zaak, MunicipalityProfile profile)
    {
        // The toekenning's DocumentRequirements make sure these blocks are there (SMI1101 otherwise).
        // Until the calculator exists the amounts come from the case.
        var berekening = Required(zaak.Berekening);
        var periode = Required(zaak.Periode);
        var indicatie = Required(zaak.Indicatie);
        var betaling = Required(zaak.Betaling);
        var kinderen = zaak.Kinderen
            .Select((kind, index) => Kind(kind, berekening.Kinderen[index]))
            .ToList();
        return new ToekenningViewModel(
            BriefContextFactory.Create(zaak, profile),
            PersonNames.Full(zaak.Aanvrager),
            kinderen,
            kinderen.Count,
            new PeriodeView(periode.Begin, periode.Eind, MonthsIn(periode)),
            // Handreiking §4.2: the letter names the date by which an extension must be requested.
            periode.Eind.AddDays(-7 * profile.Beleid.VerlengingAanvragenWekenVoorEinde),
            new IndicatieView(
                indicatie.Reden,
                indicatie.Adviseur,
                indicatie.Afbouw.Select(a => new AfbouwView(a.Vanaf, a.DagenPerWeek)).ToList()),
            new BetalingView(betaling.Aan == Betaalontvanger.Ouder, betaling.Aan == Betaalontvanger.Opvang, betaling.Iban),
            Totals(berekening, kinderen),
            Beleid(profile));
    }

    private static T Required<T>(T? block)
        where T : class =>
        block ?? throw new InvalidOperationException("the toekenning's requirements were not checked before building its view model");

    internal static BeleidView Beleid(MunicipalityProfile profile) => new(
        profile.Beleid.VerlengingMaanden,
        profile.Beleid.MaximumAantalVerlengingen,
        profile.Beleid.VerlengingAanvragenWekenVoorEinde,
        profile.Beleid.MaximumUrenPerMaandPerKind,
        profile.Beleid.BeslistermijnWeken,
        profile.Beleid.InzetVoorHerstel,
        profile.Regeling.ArtikelHardheidsclausule is not null);

    private static KindView Kind(Kind kind, KindBerekening berekening) => new(
        kind.Voornaam,
        PersonNames.Full(kind),
        kind.Geboortedatum,
        new OpvangView(
            SoortNaam(kind.Opvang.Soort),
            kind.Opvang.Organisatie,
            kind.Opvang.LrkNummer,
            kind.Opvang.DagenPerWeek,
            kind.Opvang.UrenPerWeek,
            kind.Opvang.UrenPerMaand,
            kind.Opvang.Uurprijs,
            kind.Opvang.Opzegtermijn),
        new KindBerekeningView(
            berekening.Maanden.Select(Maand).ToList(),
            berekening.Maanden.Sum(m => m.Gemeente),
            berekening.Maanden.Sum(m => m.Ouder)));

    private static MaandView Maand(MaandBerekening m) => new(
        new DateOnly(m.Jaar, m.Maand, 1),
        m.Uren,
        m.Uurprijs,
        m.MaximumUurprijs,
        Math.Min(m.Uurprijs, m.MaximumUurprijs),
        m.Uurprijs > m.MaximumUurprijs,
        m.Percentage,
        m.Gemeente,
        m.Ouder);

    private static BerekeningView Totals(Berekening berekening, IReadOnlyList<KindView> kinderen) => new(
        berekening.Jaar,
        berekening.Toetsingsinkomen,
        kinderen.Sum(k => k.Berekening.TotaalGemeente),
        kinderen.Sum(k => k.Berekening.TotaalOuder),
        kinderen.Any(k => k.Berekening.Maanden.Any(m => m.BovenMaximum)));

    internal static string SoortNaam(Opvangsoort soort) => soort switch
    {
        Opvangsoort.Dagopvang => "dagopvang",
        Opvangsoort.Bso => "buitenschoolse opvang",
        Opvangsoort.Gastouderopvang => "gastouderopvang",
        _ => throw new ArgumentOutOfRangeException(nameof(soort)),
    };

    private static int MonthsIn(Periode periode)
    {
        var end = periode.Eind.AddDays(1);
        return (end.Year - periode.Begin.Year) * 12 + end.Month - periode.Begin.Month;
    }
}
