namespace Smi.Docs.Calculation.Tables;

/// <summary>
/// A monthly amount (minimumloon or bijstandsnorm) valid from <see cref="Ingangsdatum"/> to
/// <see cref="GeldigTot"/>, both included. <see cref="Leefvorm"/> is null for the minimumloon.
/// </summary>
public sealed record Normbedrag(DateOnly Ingangsdatum, DateOnly GeldigTot, string? Leefvorm, decimal BedragPerMaand);
