namespace Smi.Docs.Policy;

/// <summary>The mandated signatory: "namens burgemeester en wethouders van …", name and function.</summary>
public sealed record Ondertekening(string Namens, string Naam, string Functie);
