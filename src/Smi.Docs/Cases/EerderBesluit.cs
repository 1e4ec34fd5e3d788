namespace Smi.Docs.Cases;

/// <summary>The decision an extension builds on: when it was taken, its reference and the period it granted.</summary>
public sealed record EerderBesluit(DateOnly Datum, string Kenmerk, Periode Periode);
