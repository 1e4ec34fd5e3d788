namespace Smi.Docs.Composition;

/// <summary>The fixed words of the letter frame in one language.</summary>
public sealed record LetterLabels(
    string Date,
    string Reference,
    string Subject,
    string ContactPerson,
    string Phone,
    string Email,
    string PageBefore,
    string PageBetween,
    string LogoAlternativeText)
{
    public static LetterLabels Dutch { get; } = new(
        "Datum", "Ons kenmerk", "Onderwerp", "Contactpersoon", "Telefoon", "E-mail", "Pagina ", " van ", "Logo van gemeente {0}");
}
