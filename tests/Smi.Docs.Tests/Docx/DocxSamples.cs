using Markdig;
using Smi.Docs.Documents;

namespace Smi.Docs.Tests.Docx;

/// <summary>Letters built in code that exercise every node type and the whole letter frame.</summary>
internal static class DocxSamples
{
    public static readonly DateTime Timestamp = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Unspecified);

    public const string RichBody = """
        # Wat hebben wij besloten?

        U krijgt een **tegemoetkoming** voor de kosten van kinderopvang. Dit besluit geldt van *1 april 2026* tot en met *30 september 2026*.

        ## Voor welke kinderen?

        - Sanne, geboren op 4 mei 2022
          - dagopvang, 3 dagen per week
          - ***let op:*** afbouw vanaf juli
        - Daan, geboren op 12 januari 2024

        ## Hoe hebben wij het bedrag berekend?

        | Maand | Uren | Uurprijs | Bedrag |
        |:------|-----:|---------:|-------:|
        | april 2026 | 130 | € 10,25 | € 1.332,50 |
        | mei 2026 | 130 | € 10,25 | € 1.332,50 |
        | **Totaal** | 260 | | **€ 2.665,00** |

        ### Wat moet u doen?

        1. Geef wijzigingen binnen 14 dagen door.
        2. Werk mee aan uw herstel:
           1. houd afspraken met uw behandelaar;
           2. laat ons weten hoe het gaat.

        3. Bewaar de facturen.

        > Artikel 5 van de Verordening sociaal-medische indicatie kinderopvang Beemster 2021.

        Vragen? Kijk op [onze website](https://www.beemster.nl/smi) of mail <info@beemster.nl>.
        Dit is een \*sterretje\*, dit een entiteit: &euro; 5 &amp; meer, en `formulier B-12`.
        Eerste regel\
        tweede regel.

        ---

        ::: ondertekening
        Met vriendelijke groet,

        namens burgemeester en wethouders van Beemster,

        J. Jansen  
        teamleider Zorg
        :::
        """;

    public const string ArabicBody = """
        # ماذا قررنا؟

        تحصلون على **مساهمة** في تكاليف رعاية الأطفال.

        - سانة
        - داان

        | الشهر | المبلغ |
        |:------|-------:|
        | أبريل | € 1.332,50 |
        """;

    public static LetterDocument Rich(LogoImage? logo = null) => Letter(
        new DocumentInfo("toekenning", "nl-NL", TextDirection.LeftToRight, "Beschikking toekenning SMI", "Tegemoetkoming kinderopvang", "Gemeente Beemster", Timestamp),
        RichBody,
        logo ?? PngLogo(),
        "Geachte mevrouw De Vries,");

    public static LetterDocument Arabic() => Letter(
        new DocumentInfo("toekenning", "ar-MA", TextDirection.RightToLeft, "قرار المنح", "رعاية الأطفال", "Gemeente Beemster", Timestamp),
        ArabicBody,
        null,
        "السيدة المحترمة،");

    public static LogoImage PngLogo() => new(DocxTestPng.Create(40, 12), "image/png", "Logo gemeente Beemster", 400, 120);

    public static LetterDocument Letter(DocumentInfo info, string markdown, LogoImage? logo, string? salutation) => new(
        info,
        new LetterFrame(
            new Letterhead("Gemeente Beemster", logo, [new("Middenweg 150"), new("1462 HN Middenbeemster"), new("14 0299")]),
            "Retouradres: Postbus 7, 1462 ZG Middenbeemster",
            ["Mevrouw J. de Vries", "Kerkstraat 1", "1462 AB Middenbeemster"],
            [
                new FrameField("Datum", "2 maart 2026"),
                new FrameField("Ons kenmerk", "SMI-2026-00123"),
                new FrameField("Onderwerp", "Besluit op uw aanvraag sociaal-medische indicatie"),
                new FrameField("Contactpersoon", "J. Jansen, 14 0299"),
            ],
            salutation,
            new PageFooter("SMI-2026-00123", "Pagina ", " van ")),
        Markdown.Parse(markdown, SmiMarkdown.Pipeline));
}
