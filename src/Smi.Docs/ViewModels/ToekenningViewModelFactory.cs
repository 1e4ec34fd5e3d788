using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Cases;
using Smi.Docs.Policy;

namespace Smi.Docs.ViewModels;

/// <summary>Builds the toekenning view model from a validated case and the municipality's profile.</summary>
public static class ToekenningViewModelFactory
{
    public static ToekenningViewModel Create(SmiCase zaak, MunicipalityProfile profile)
    {
        // The toekenning's DocumentRequirements make sure these blocks are there (SMI1101 otherwise).
        var periode = Required(zaak.Periode);
        var indicatie = Required(zaak.Indicatie);
        var betaling = Required(zaak.Betaling);
        // The municipality's own berekening wins (checked by EigenBerekeningControle); without one we calculate.
        var uitkomst = zaak.Berekening is null ? EigenBijdrageCalculator.Bereken(zaak, profile.Beleid, TariefTabellen.Standaard) : null;
        var maanden = zaak.Berekening is { } eigen
            ? eigen.Kinderen.Select(k => k.Maanden.Select(Maand).ToList()).ToList()
            : uitkomst!.Kinderen.Select(k => k.Maanden.Select(Maand).ToList()).ToList();
        var kinderen = zaak.Kinderen
            .Select((kind, index) => Kind(kind, maanden[index]))
            .ToList();
        return new ToekenningViewModel(
            BriefContextFactory.Create(zaak, profile),
            PersonNames.Full(zaak.Aanvrager),
            kinderen,
            kinderen.Count,
            new PeriodeView(periode.Begin, periode.Eind, Termijnberekening.MaandenIn(periode)),
            // Handreiking §4.2: the letter names the date by which an extension must be requested.
            Termijnberekening.VerlengingAanvragenVoor(periode.Eind, profile.Beleid.VerlengingAanvragenWekenVoorEinde).Einde,
            new IndicatieView(
                indicatie.Reden,
                indicatie.Adviseur,
                indicatie.Afbouw.Select(a => new AfbouwView(a.Vanaf, a.DagenPerWeek)).ToList()),
            new BetalingView(betaling.Aan == Betaalontvanger.Ouder, betaling.Aan == Betaalontvanger.Opvang, betaling.Iban),
            Totals(zaak.Berekening?.Jaar ?? uitkomst!.Jaar, zaak.Berekening?.Toetsingsinkomen ?? uitkomst!.Toetsingsinkomen, kinderen, uitkomst?.Uitleg ?? []),
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

    private static KindView Kind(Kind kind, IReadOnlyList<MaandView> maanden) => new(
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
            maanden,
            maanden.Sum(m => m.Gemeente),
            maanden.Sum(m => m.Ouder)));

    /// <summary>A month of the municipality's own berekening: it pays for every hour it lists.</summary>
    private static MaandView Maand(MaandBerekening m) => new(
        new DateOnly(m.Jaar, m.Maand, 1),
        m.Uren,
        m.Uren,
        m.Uurprijs,
        m.MaximumUurprijs,
        Math.Min(m.Uurprijs, m.MaximumUurprijs),
        m.Uurprijs > m.MaximumUurprijs,
        m.Percentage,
        m.Gemeente,
        m.Ouder);

    private static BerekeningView Totals(int jaar, decimal toetsingsinkomen, IReadOnlyList<KindView> kinderen, IReadOnlyList<string> uitleg) => new(
        jaar,
        toetsingsinkomen,
        kinderen.Sum(k => k.Berekening.TotaalGemeente),
        kinderen.Sum(k => k.Berekening.TotaalOuder),
        kinderen.Any(k => k.Berekening.Maanden.Any(m => m.BovenMaximum)),
        kinderen.Any(k => k.Berekening.Maanden.Any(m => m.UrenVergoed < m.Uren)),
        uitleg);

    /// <summary>
    /// A month as our calculator made it: hours paid can be fewer than hours taken (caps, afbouw). The table
    /// shows the share as a percentage; for the VNG adviestabel that is our share of the price we pay over,
    /// derived from the amounts (one decimal), not a table figure.
    /// </summary>
    private static MaandView Maand(MaandRegel m) => new(
        new DateOnly(m.Jaar, m.Maand, 1),
        m.UrenAfgenomen,
        m.UrenVergoed,
        m.Uurprijs,
        m.MaximumUurprijs,
        m.VergoedeUurprijs,
        m.Uurprijs > m.MaximumUurprijs,
        m.Percentage ?? (m.UrenVergoed * m.VergoedeUurprijs == 0 ? 0 : Math.Round(100 * m.Gemeente / (m.UrenVergoed * m.VergoedeUurprijs), 1, MidpointRounding.AwayFromZero)),
        m.Gemeente,
        m.Ouder);

    internal static string SoortNaam(Opvangsoort soort) => soort switch
    {
        Opvangsoort.Dagopvang => "dagopvang",
        Opvangsoort.Bso => "buitenschoolse opvang",
        Opvangsoort.Gastouderopvang => "gastouderopvang",
        _ => throw new ArgumentOutOfRangeException(nameof(soort)),
    };

}
