namespace Smi.Docs.ViewModels;

/// <summary>A child and the childcare the parent asked for.</summary>
public sealed record AangevraagdKindView(string Voornaam, string Naam, DateOnly Geboortedatum, OpvangView Opvang);
