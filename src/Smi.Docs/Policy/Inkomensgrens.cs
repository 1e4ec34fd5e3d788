namespace Smi.Docs.Policy;

/// <summary>An income limit as a percentage of a norm: <c>volledigTot: { percentage: 120, van: wml }</c>.</summary>
public sealed record Inkomensgrens(decimal Percentage, Inkomensnorm Van);
