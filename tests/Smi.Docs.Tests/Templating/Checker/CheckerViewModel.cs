namespace Smi.Docs.Tests.Templating.Checker;

// A small view model that has every shape a template meets: values, nullable values, nested and
// nullable records, lists of records, lists of values and a list inside a list.
internal sealed record BriefModel(
    string Titel,
    DateOnly Besluitdatum,
    decimal Totaal,
    bool IsVerlenging,
    PersoonModel Aanvrager,
    PersoonModel? Partner,
    IReadOnlyList<KindModel> Kinderen,
    IReadOnlyList<string> Bijlagen);

internal sealed record PersoonModel(string Voorletters, string? Tussenvoegsel, string Achternaam, AdresModel Adres);

internal sealed record AdresModel(string Straat, string Plaats);

internal sealed record KindModel(string Voornaam, int Leeftijd, IReadOnlyList<MaandModel> Maanden);

internal sealed record MaandModel(string Maand, decimal Bedrag);
