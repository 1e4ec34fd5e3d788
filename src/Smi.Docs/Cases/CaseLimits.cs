using Smi.Docs.Input;

namespace Smi.Docs.Cases;

/// <summary>
/// The bounds of a case (issue 11, docs/diagnostics.md "The input boundary"). Each is a physical limit or far beyond
/// anything the regulations allow, so a real case never meets one; a case that does is broken or hostile, and is
/// refused with a located error instead of being calculated, printed or multiplied.
/// </summary>
internal static class CaseLimits
{
    /// <summary>A case is a few KiB; a year of months for five children stays under 100 KiB.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>The deepest case is six levels (berekening.kinderen[].maanden[]); the rest is room.</summary>
    public const int MaxDepth = 16;

    /// <summary>Names, addresses, references: a Dutch street or surname is far shorter; an address window fits less.</summary>
    public const int KorteTekst = 200;

    /// <summary>Free text printed in the letter (indicatie.reden, toelichting): a few paragraphs at most.</summary>
    public const int VrijeTekst = 4000;

    /// <summary>
    /// The years the engine supports: tariff tables, public holidays and terms are known in this window, and a
    /// date such as 9999-12-31 would overflow when a term is added to it.
    /// </summary>
    public static readonly DateOnly EersteDatum = new(2000, 1, 1);

    public static readonly DateOnly LaatsteDatum = new(2099, 12, 31);

    /// <summary>
    /// One decision covers months: the handreiking's basisaanbod is 6 months (basislijn 6) and longer care is a new
    /// decision (verlenging, basislijn 7). Two years is four times the basisaanbod; a century is a typing error.
    /// </summary>
    public const int MaximumPeriodeMaanden = 24;

    /// <summary>A month has at most 31 days of 24 hours.</summary>
    public const decimal MaximumUrenPerMaand = 31 * 24;

    /// <summary>
    /// The maximum uurprijs of the Besluit kinderopvangtoeslag is about € 11–14 (2026); real prices lie below € 20.
    /// Above € 100 an hour the decimal point has slipped.
    /// </summary>
    public const decimal MaximumUurprijs = 100;

    /// <summary>The KOT table ends near € 200,000; an income above € 10 million is a slipped decimal point.</summary>
    public const decimal MaximumInkomen = 10_000_000;

    /// <summary>A month's amount cannot exceed all its hours at the highest price.</summary>
    public const decimal MaximumMaandbedrag = MaximumUrenPerMaand * MaximumUurprijs;

    /// <summary>Extensions of six months each: a hundred is fifty years of care.</summary>
    public const int MaximumVerlengingen = 100;

    public static readonly InputLimits Input = new(MaxFileBytes, MaxDepth, KorteTekst, MaxDecimals: 2, EersteDatum, LaatsteDatum);
}
