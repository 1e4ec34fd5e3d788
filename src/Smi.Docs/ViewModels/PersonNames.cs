using Smi.Docs.Cases;

namespace Smi.Docs.ViewModels;

/// <summary>Dutch name conventions for letters (Taalunie: "mevrouw Van der Berg", but "S. van der Berg").</summary>
public static class PersonNames
{
    public static string Full(Persoon persoon) =>
        Join(persoon.Voorletters, persoon.Tussenvoegsel, persoon.Achternaam);

    public static string Full(Kind kind) => Join(kind.Voornaam, kind.Tussenvoegsel, kind.Achternaam);

    /// <summary>The first line of the address block.</summary>
    public static string AddressLine(Persoon persoon) => persoon.Aanhef switch
    {
        Aanhef.Mevrouw => "Mevrouw " + Full(persoon),
        Aanhef.Heer => "De heer " + Full(persoon),
        _ => Full(persoon),
    };

    /// <summary>The salutation in the letter's language; the address block above it stays Dutch, because PostNL delivers it.</summary>
    public static string Salutation(Persoon persoon, Formatting.FixedTexts texts)
    {
        // Without initials in front, the tussenvoegsel starts with a capital letter.
        var surname = Join(null, Capitalize(persoon.Tussenvoegsel), persoon.Achternaam);
        return persoon.Aanhef switch
        {
            Aanhef.Mevrouw => texts.Format("aanhef.mevrouw", ("achternaam", surname)),
            Aanhef.Heer => texts.Format("aanhef.heer", ("achternaam", surname)),
            _ => texts.Format("aanhef.neutraal", ("naam", Full(persoon))),
        };
    }

    private static string? Capitalize(string? word) =>
        string.IsNullOrEmpty(word) ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Join(params string?[] parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
