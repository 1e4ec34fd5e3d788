namespace Smi.Docs.Cases;

/// <summary>
/// The letter that asked for the missing items (the ontbrekende-gegevens letter): its date and the last day of the
/// hersteltermijn it gave, as that letter stated it (a term extended on the phone is the later day).
/// </summary>
public sealed record Herstelbrief(DateOnly Datum, DateOnly TermijnEinde);
