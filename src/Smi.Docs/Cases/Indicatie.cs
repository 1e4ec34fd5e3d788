namespace Smi.Docs.Cases;

/// <summary>
/// Why the family needs childcare, told in time and care (basislijn 13: never a diagnosis), whose situation it
/// is about, who advised, and any phase-out (afbouw) agreed for the period.
/// </summary>
/// <param name="Betreft">Whose situation the indication is about, so duties reach the right person: a partner's
/// stroke puts no recovery duty on the parent who applies.</param>
/// <param name="Kind">The first name of the child it is about, when <paramref name="Betreft"/> is a child; the
/// child need not be one of the children the childcare is for (a sibling who needs much care).</param>
public sealed record Indicatie(string Reden, string? Adviseur, IReadOnlyList<Afbouwstap> Afbouw)
{
    /// <summary>Null when the case does not say; the letters then address the applicant, as before the field existed.</summary>
    public Betrokkene? Betreft { get; init; }

    public string? Kind { get; init; }
}

/// <summary>The person whose social or medical situation the indication is about: case JSON <c>indicatie.betreft</c>.</summary>
public enum Betrokkene
{
    /// <summary><c>aanvrager</c>: the parent who applies.</summary>
    Aanvrager,

    /// <summary><c>partner</c>: the applicant's partner; the case then has a <c>partner</c>.</summary>
    Partner,

    /// <summary><c>kind</c>: a child of the family.</summary>
    Kind,
}
