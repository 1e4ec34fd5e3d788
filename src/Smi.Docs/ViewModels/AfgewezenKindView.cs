namespace Smi.Docs.ViewModels;

/// <summary>
/// A child refused in a partial grant or extension (issue 12 point 7): the childcare asked for and every reason, as a
/// refusal shows it. The children granted are in <c>Kinderen</c>; only they are calculated and paid.
/// </summary>
public sealed record AfgewezenKindView(
    string Voornaam,
    string Naam,
    DateOnly Geboortedatum,
    OpvangView Opvang,
    IReadOnlyList<AfwijzingsredenView> Redenen);
