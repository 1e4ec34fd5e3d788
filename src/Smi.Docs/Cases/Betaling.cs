namespace Smi.Docs.Cases;

/// <summary>Who receives the money; <see cref="Iban"/> is the parent's account when paid to the parent.</summary>
public sealed record Betaling(Betaalontvanger Aan, string? Iban);
