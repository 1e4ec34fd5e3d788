using Smi.Docs.Cases;

namespace Smi.Docs.Calculation;

/// <summary>
/// The calculation for one child, in the order of the case. <see cref="EersteKind"/> is true when the
/// child counts as first child (KOT first-child table) in the first month.
/// </summary>
public sealed record KindUitkomst(
    int Nummer,
    string Voornaam,
    Opvangsoort Soort,
    bool EersteKind,
    IReadOnlyList<MaandRegel> Maanden,
    decimal TotaalGemeente,
    decimal TotaalOuder);
