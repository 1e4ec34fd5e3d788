namespace Smi.Docs.Calculation.Termijnen;

/// <summary>
/// A deadline: the day the rule gives (<see cref="Berekend"/>) and the day it really ends
/// (<see cref="Einde"/>), later when the Algemene termijnenwet moved it; <see cref="Reden"/> says why.
/// </summary>
public sealed record Termijn(DateOnly Berekend, DateOnly Einde, string? Reden)
{
    public bool Verschoven => Einde != Berekend;
}
