namespace Smi.Docs.Cases;

public sealed record Persoon(
    string Voorletters,
    string? Tussenvoegsel,
    string Achternaam,
    Aanhef Aanhef);
