namespace Smi.Docs.Cases;

/// <summary>
/// Why the family needs childcare, told in time and care (basislijn 13: never a diagnosis), who advised,
/// and any phase-out (afbouw) agreed for the period.
/// </summary>
public sealed record Indicatie(string Reden, string? Adviseur, IReadOnlyList<Afbouwstap> Afbouw);
