namespace Smi.Docs.Calculation.Tables;

/// <summary>
/// One income bracket of a table: from <see cref="Van"/> up to and including <see cref="Tot"/> (none
/// on the last row), with the value for the first child and for every next child. A null value is a
/// figure the source does not give (written <c>onbekend</c> in the file): the calculator refuses it.
/// </summary>
public sealed record InkomensRij(int Rij, decimal Van, decimal? Tot, decimal? EersteKind, decimal? TweedeKind);
