namespace Smi.Docs.Policy.Basislijn;

/// <summary>
/// The 15 points of the basislijn SMI (handreiking SZW/VNG, seed 000 §2), in our own words. The
/// handreiking's toelichting per point is what the check in <see cref="BasislijnToets"/> follows.
/// </summary>
public static class BasislijnPunten
{
    public static IReadOnlyList<BasislijnPunt> Alle { get; } =
    [
        new(1, "Vastgelegd in een verordening",
            "De gemeente regelt SMI in een eigen verordening of in een verordening op grond van de Jeugdwet, niet in losse beleidsregels of per geval."),
        new(2, "Werken aan de basislijn",
            "De gemeente doet haar best om alle punten van de basislijn in te voeren."),
        new(3, "Doelgroep",
            "SMI is er voor gezinnen zonder kinderopvangtoeslag met sociale of medische problemen, bij de ouder of bij het kind, of als de ontwikkeling van het kind gevaar loopt. Eerst kijkt de gemeente naar andere regelingen."),
        new(4, "Leeftijd van het kind",
            "Elk kind uit de doelgroep kan SMI krijgen, vanaf de geboorte tot het einde van de basisschool."),
        new(5, "Geen inkomens- of vermogenstoets",
            "Inkomen en vermogen sluiten niemand uit. Het inkomen mag alleen de hoogte van de eigen bijdrage bepalen."),
        new(6, "Basisaanbod",
            "De gemeente biedt minstens 2 dagen per week (of evenveel uren) gedurende 6 maanden. Minder mag als minder nodig is."),
        new(7, "Verlengen",
            "Duren de problemen lang, dan kan de gemeente de vergoeding een of meer keren verlengen."),
        new(8, "Hardheidsclausule",
            "De regels hebben een hardheidsclausule, zodat de gemeente in bijzondere gevallen kan afwijken, bijvoorbeeld als SMI lang nodig is."),
        new(9, "Alleen werken aan herstel",
            "Vraagt de gemeente na de toekenning iets van de ouders, dan gaat het alleen om werken aan herstel."),
        new(10, "Ontwikkeling volgen",
            "De gemeente volgt hoe het met het gezin gaat. Zo weet zij of SMI nog nodig is en of verlengen nodig is."),
        new(11, "Tabel voor de eigen bijdrage",
            "De gemeente bepaalt de eigen bijdrage met de tabel van de kinderopvangtoeslag of de VNG-adviestabel. Meer vergoeden mag."),
        new(12, "Actueel inkomen",
            "Voor de eigen bijdrage gebruikt de gemeente een zo actueel mogelijke schatting van het inkomen."),
        new(13, "Alleen nodige gegevens",
            "Bij de aanvraag vraagt de gemeente alleen de gegevens die echt nodig zijn. Bij verlengen vraagt zij zo weinig mogelijk opnieuw."),
        new(14, "Duidelijke informatie",
            "Ouders krijgen begrijpelijke informatie en weten wat zij moeten doen."),
        new(15, "Tevredenheid meten",
            "De gemeente houdt actief bij hoe tevreden ouders en anderen zijn over SMI."),
    ];

    public static BasislijnPunt Nummer(int nummer) => Alle[nummer - 1];
}
