namespace Smi.Docs.ViewModels;

/// <summary>One missing item as the letter shows it; <see cref="Toelichting"/> is case data and may be absent.</summary>
public sealed record OntbrekendItemView(string Code, string Titel, string Wat, string Waarom, string Hoe, string? Toelichting);
