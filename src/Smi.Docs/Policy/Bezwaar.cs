namespace Smi.Docs.Policy;

/// <summary>Where and how to object (Awb 3:45, 6:4): the postal address and, if offered, a web form.</summary>
public sealed record Bezwaar(IReadOnlyList<string> Postadres, string? Digitaal);
