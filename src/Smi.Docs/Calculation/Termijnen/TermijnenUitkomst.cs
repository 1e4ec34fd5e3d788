namespace Smi.Docs.Calculation.Termijnen;

/// <summary>The deadlines of one case; <see cref="BeslistermijnNaVerdaging"/> is null when the profile allows no verdaging.</summary>
public sealed record TermijnenUitkomst(
    Termijn Hersteltermijn,
    Termijn Beslistermijn,
    Termijn? BeslistermijnNaVerdaging,
    Termijn EindeBezwaartermijn,
    Termijn? VerlengingAanvragenVoor,
    DateOnly? EindeToekenning);
