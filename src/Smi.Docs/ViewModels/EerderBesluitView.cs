namespace Smi.Docs.ViewModels;

/// <summary>The decision an extension continues: its date, its reference (kenmerk) and the period it granted.</summary>
public sealed record EerderBesluitView(DateOnly Datum, string Kenmerk, PeriodeView Periode);
