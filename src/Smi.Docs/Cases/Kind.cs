namespace Smi.Docs.Cases;

public sealed record Kind(
    string Voornaam,
    string? Tussenvoegsel,
    string Achternaam,
    DateOnly Geboortedatum,
    Opvang Opvang);
