namespace Smi.Docs.Cases;

/// <summary>From <see cref="Vanaf"/> on, childcare is paid for fewer days per week.</summary>
public sealed record Afbouwstap(DateOnly Vanaf, decimal DagenPerWeek);
