namespace Smi.Docs.Cases;

/// <summary>
/// Amounts as calculated by the municipality's system. <see cref="Kinderen"/> has one entry per child,
/// in the same order as <see cref="SmiCase.Kinderen"/>.
/// </summary>
public sealed record Berekening(
    int Jaar,
    decimal Toetsingsinkomen,
    IReadOnlyList<KindBerekening> Kinderen);
