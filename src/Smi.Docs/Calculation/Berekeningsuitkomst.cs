using Smi.Docs.Policy;

namespace Smi.Docs.Calculation;

/// <summary>
/// What the calculator found: the table year of the first month (each month has its own, <see cref="MaandRegel.TabelJaar"/>), the income used, the method that applied (for
/// volledig-onder-grens: the one that applied to this income), per child per month, totals, and short
/// B1 sentences a letter can print as they are.
/// </summary>
public sealed record Berekeningsuitkomst(
    int Jaar,
    decimal Toetsingsinkomen,
    EigenBijdrageMethode Methode,
    IReadOnlyList<KindUitkomst> Kinderen,
    decimal TotaalGemeente,
    decimal TotaalOuder,
    IReadOnlyList<Smi.Docs.Calculation.UitlegZin> Uitleg)
{
    /// <summary>Warnings about the tables the calculation used (SMI5204 provisional, SMI5205 single source).</summary>
    public IReadOnlyList<Smi.Docs.Diagnostics.Diagnostic> Voorbehouden { get; init; } = [];
}
