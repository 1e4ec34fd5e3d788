namespace Smi.Docs.Policy;

/// <summary>
/// Which year's tables (the KOT percentages and the maximum uurprijs) price a month: YAML <c>tabeljaar: maand</c>
/// (the default) or <c>tabeljaar: begin</c>.
/// </summary>
public enum Tabeljaar
{
    /// <summary>
    /// Each month with the tables of the year it falls in, as the kinderopvangtoeslag does. The regulations say so too:
    /// Beemster 2021 art. 10 lid 2 ("wordt ieder jaar opnieuw berekend op basis van de vastgestelde tarieven van de
    /// Belastingdienst") and Oude IJsselstreek 2020 art. 4 (the maximum uurtarieven and the KOT berekening "van het
    /// desbetreffende jaar").
    /// </summary>
    Maand,

    /// <summary>Every month with the tables of the year the period begins in (a municipality whose policy says so).</summary>
    Begin,
}
