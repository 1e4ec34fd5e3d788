namespace Smi.Docs.Policy.Basislijn;

/// <summary>
/// The basislijn points about how the municipality works (10, 12–15). Rules rarely show these, so they
/// rest on what the profile says (<see cref="Werkwijze"/>); when it says nothing, the point cannot be told.
/// </summary>
internal static class WerkwijzeToets
{
    public static (BasislijnStatus, string) OntwikkelingVolgen(Werkwijze w) => Verklaring(w.OntwikkelingVolgen,
        "Volgens het profiel volgt de gemeente hoe het met het gezin gaat. Zo ziet zij op tijd of verlengen nodig is.",
        "Volgens het profiel volgt de gemeente niet hoe het met het gezin gaat.",
        "beleid.ontwikkelingVolgen");

    public static (BasislijnStatus, string) ActueelInkomen(Werkwijze w) => Verklaring(w.InkomenActueel,
        "De gemeente rekent met het meest actuele inkomen, niet met een oud jaar.",
        "De gemeente rekent met een oud inkomen. SMI volgt vaak op een plotselinge verandering; dan past een actueel inkomen beter.",
        "beleid.inkomenActueel");

    /// <summary>Point 13, and Awb 4:3: a care provider's statement must be about the care for the child, not a diagnosis.</summary>
    public static (BasislijnStatus, string) NodigeGegevens(Beleid beleid)
    {
        var (status, reden) = Verklaring(beleid.Werkwijze.GegevensAlleenStrikt,
            "Volgens het profiel vraagt de gemeente alleen de gegevens die nodig zijn.",
            "De regels laten de gemeente meer vragen dan strikt nodig is. Nodig zijn vooral een bewijs van inkomen, de offerte van de opvang en een rekeningnummer.",
            "beleid.gegevensAlleenStrikt");
        return beleid.Toegang.Advies is { Verplicht: true } advies
            ? (status, $"{reden} Bij elke aanvraag hoort een verklaring van {advies.Door}. Vraag daarin wat de problemen betekenen voor de zorg voor het kind, niet naar een diagnose.")
            : (status, reden);
    }

    public static (BasislijnStatus, string) Informatie() => (BasislijnStatus.NietTeBepalen,
        "Dit hangt af van de website, de brieven en de gesprekken met ouders. De brieven van Smi.Docs zijn in eenvoudig Nederlands (B1) en worden daarop gecontroleerd. De rest kan een profiel niet laten zien.");

    public static (BasislijnStatus, string) Tevredenheid(Werkwijze w) => Verklaring(w.TevredenheidMonitoren,
        "Volgens het profiel meet de gemeente hoe tevreden ouders zijn over SMI.",
        "Volgens het profiel meet de gemeente de tevredenheid over SMI niet.",
        "beleid.tevredenheidMonitoren");

    private static (BasislijnStatus, string) Verklaring(bool? gezegd, string ja, string nee, string sleutel) => gezegd switch
    {
        true => (BasislijnStatus.Voldoet, ja),
        false => (BasislijnStatus.VoldoetNiet, nee),
        null => (BasislijnStatus.NietTeBepalen, $"De regels zeggen hier niets over. Vul {sleutel} in als de gemeente dit doet."),
    };
}
