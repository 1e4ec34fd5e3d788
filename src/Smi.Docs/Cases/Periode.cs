namespace Smi.Docs.Cases;

/// <summary>A period with both ends included (<c>2026-12-01</c> to <c>2027-05-31</c> is six months).</summary>
public sealed record Periode(DateOnly Begin, DateOnly Eind);
