namespace Smi.Docs.Cases;

/// <summary>The municipal officer handling the case: the letter's contact person.</summary>
public sealed record Behandelaar(string Naam, string Telefoon, string Email);
