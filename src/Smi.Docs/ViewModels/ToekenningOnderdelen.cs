using Smi.Docs.Localization;
using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Cases;
using Smi.Docs.Policy;

namespace Smi.Docs.ViewModels;

/// <summary>
/// What every grant letter shows — the toekenning and the verlenging alike: children with their childcare and
/// amounts, period, reason, payee and policy. Built once here so both letters calculate in the same way.
/// </summary>
internal sealed record ToekenningOnderdelen(
    BriefContext Brief,
    string Aanvrager,
    IReadOnlyList<KindView> Kinderen,
    IReadOnlyList<AfgewezenKindView> AfgewezenKinderen,
    PeriodeView Periode,
    DateOnly VerlengingAanvragenVoor,
    IndicatieView Indicatie,
    BetalingView Betaling,
    BerekeningView Berekening,
    BeleidView Beleid)
{
    public static ToekenningOnderdelen Create(SmiCase zaak, MunicipalityProfile profile, string documentId, LanguagePack pack, CaseCalculation berekening)
    {
        // The document's DocumentRequirements make sure these blocks are there (SMI1101 otherwise).
        var periode = Required(zaak.Periode, documentId);
        var indicatie = Required(zaak.Indicatie, documentId);
        var betaling = Required(zaak.Betaling, documentId);
        // The municipality's own berekening wins (the calculate stage compared it with ours); without one ours is
        // printed: each month with the tables of its own year (or of the year the period begins in with tabeljaar: begin),
        // a month the period only partly covers with its share of the hours, which the month line shows.
        var uitkomst = zaak.Berekening is null ? berekening.OursOrThrow : null;
        var maanden = zaak.Berekening is { } eigen
            ? eigen.Kinderen.Select(k => k.Maanden.Select(Maand).ToList()).ToList()
            : uitkomst!.Kinderen.Select(k => k.Maanden.Select(Maand).ToList()).ToList();
        // A partial decision (issue 12 point 7): the calculation and the case's own berekening cover the granted children only.
        var kinderen = zaak.ToegekendeKinderen
            .Select((kind, index) => Kind(kind, maanden[index], pack))
            .ToList();
        var afgewezen = zaak.AfgewezenKinderen.Select(kind => AfgewezenKind(kind, profile.Regeling, pack)).ToList();
        return new ToekenningOnderdelen(
            BriefContextFactory.Create(zaak, profile),
            PersonNames.Full(zaak.Aanvrager),
            kinderen,
            afgewezen,
            new PeriodeView(periode.Begin, periode.Eind, Termijnberekening.MaandenIn(periode)),
            // Handreiking §4.2: the letter names the date by which an extension must be requested.
            Termijnberekening.VerlengingAanvragenVoor(periode.Eind, profile.Beleid.VerlengingAanvragenWekenVoorEinde).Einde,
            new IndicatieView(
                indicatie.Reden,
                indicatie.Adviseur,
                indicatie.Afbouw.Select(a => new AfbouwView(a.Vanaf, a.DagenPerWeek)).ToList(),
                indicatie.Betreft == Betrokkene.Partner,
                indicatie.Betreft == Betrokkene.Kind,
                indicatie.Kind),
            new BetalingView(betaling.Aan == Betaalontvanger.Ouder, betaling.Aan == Betaalontvanger.Opvang, betaling.Iban),
            Totals(zaak.Berekening?.Jaar ?? uitkomst!.Jaar, zaak.Berekening?.Toetsingsinkomen ?? uitkomst!.Toetsingsinkomen, kinderen, uitkomst?.Uitleg.Select(zin => zin.Schrijf(pack.Texts, pack.Formatter)).ToList() ?? []),
            ToekenningViewModelFactory.Beleid(profile));
    }

    private static T Required<T>(T? block, string documentId)
        where T : class =>
        block ?? throw new InvalidOperationException($"the {documentId}'s requirements were not checked before building its view model");

    private static KindView Kind(Kind kind, IReadOnlyList<MaandView> maanden, LanguagePack pack) => new(
        kind.Voornaam,
        PersonNames.Full(kind),
        kind.Geboortedatum,
        OpvangView.From(kind.Opvang, pack),
        new KindBerekeningView(
            maanden,
            maanden.Sum(m => m.Gemeente),
            maanden.Sum(m => m.Ouder)));

    /// <summary>A child refused in a partial decision, with each reason as a refusal states it (Awb 3:46, 3:47).</summary>
    private static AfgewezenKindView AfgewezenKind(Kind kind, Regeling regeling, LanguagePack pack) => new(
        kind.Voornaam,
        PersonNames.Full(kind),
        kind.Geboortedatum,
        OpvangView.From(kind.Opvang, pack),
        kind.Afwijzing!.Redenen.Select(r => AfwijzingViewModelFactory.Reden(r, pack.AfwijzingsgrondenOrThrow[r.Code], regeling, pack)).ToList());

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
}
