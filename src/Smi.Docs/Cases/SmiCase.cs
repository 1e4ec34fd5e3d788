namespace Smi.Docs.Cases;

/// <summary>
/// One SMI case as the municipal case system sends it (JSON, Dutch field names, schema in
/// <c>schemas/smi-case.schema.json</c>). Already validated when you hold one. <see cref="Toetsingsinkomen"/>
/// is the household's yearly income the calculator uses (basislijn 12: as current as possible).
/// <see cref="Periode"/>, <see cref="Indicatie"/>, <see cref="Betaling"/>, <see cref="Berekening"/> and
/// <see cref="Afwijzing"/> and <see cref="Verlenging"/> belong to some documents only: each document says which it needs
/// (<c>DocumentDefinition.Requirements</c>), so a grant without a period or a refusal with amounts is refused.
/// </summary>
public sealed record SmiCase(
    string Zaaknummer,
    DateOnly Aanvraagdatum,
    DateOnly Besluitdatum,
    DateOnly Verzenddatum,
    Persoon Aanvrager,
    Persoon? Partner,
    Adres Adres,
    IReadOnlyList<Kind> Kinderen,
    Periode? Periode,
    Indicatie? Indicatie,
    Betaling? Betaling,
    Behandelaar Behandelaar,
    decimal? Toetsingsinkomen,
    Berekening? Berekening,
    Afwijzing? Afwijzing,
    Verlenging? Verlenging = null)
{
    /// <summary>The file the case was read from, to locate problems found after reading (a document's requirements).</summary>
    public string SourceFile { get; init; } = "case";

    /// <summary>
    /// Only for the ontbrekende-gegevens letter: what the application still lacks (Awb 4:5). A property rather
    /// than a constructor parameter so cases built in code for other documents need not mention it.
    /// </summary>
    public Ontbrekend? Ontbrekend { get; init; }

    /// <summary>Only for the niet-in-behandeling decision (Awb 4:5): the letter that gave the hersteltermijn.</summary>
    public NietInBehandeling? NietInBehandeling { get; init; }

    /// <summary>The children a grant pays for: all but those refused in a partial decision (<see cref="Kind.Afwijzing"/>).</summary>
    public IReadOnlyList<Kind> ToegekendeKinderen => Kinderen.Where(k => k.Toegekend).ToList();

    /// <summary>The children refused in a partial decision, in case order.</summary>
    public IReadOnlyList<Kind> AfgewezenKinderen => Kinderen.Where(k => !k.Toegekend).ToList();

    /// <summary>
    /// The case as the calculation sees it: only the granted children, so a refused child neither costs nor counts as
    /// the first child of the KOT table. Its own <c>berekening</c> lists the granted children in the same order.
    /// </summary>
    public SmiCase AlleenToegekend() => AfgewezenKinderen.Count == 0 ? this : this with { Kinderen = ToegekendeKinderen };
}
