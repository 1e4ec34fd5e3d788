namespace Smi.Docs.Cases;

/// <summary>
/// A child the parent asked childcare for. <paramref name="Afwijzing"/> makes a grant partial: this child gets no SMI,
/// for the reasons given, while the other children of the same decision do (issue 12 point 7).
/// </summary>
public sealed record Kind(
    string Voornaam,
    string? Tussenvoegsel,
    string Achternaam,
    DateOnly Geboortedatum,
    Opvang Opvang,
    Afwijzing? Afwijzing = null)
{
    public bool Toegekend => Afwijzing is null;
}
