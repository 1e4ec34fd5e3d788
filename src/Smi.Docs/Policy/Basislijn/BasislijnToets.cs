using Smi.Docs.Formatting;

namespace Smi.Docs.Policy.Basislijn;

/// <summary>
/// Checks a municipality profile against the 15 points of the basislijn SMI (seed 000 §2). Each point
/// gets voldoet, voldoet niet or niet te bepalen, with the reason in plain Dutch. A point the profile has
/// no key for is never guessed: it is "niet te bepalen". This class holds the points about the rules and
/// who can get SMI (1–5, 8); <see cref="AanbodToets"/> the offer (6, 7, 9, 11); <see cref="WerkwijzeToets"/> the rest.
/// </summary>
public static class BasislijnToets
{
    internal static readonly ValueFormatter Nl = ValueFormatter.Dutch;

    public static BasislijnRapport Toets(MunicipalityProfile profiel)
    {
        ArgumentNullException.ThrowIfNull(profiel);
        var uitkomsten = new (BasislijnStatus, string)[]
        {
            Vastlegging(profiel.Regeling),
            (BasislijnStatus.NietTeBepalen,
                "Een profiel laat de regels zien, niet hoe hard de gemeente werkt aan de basislijn. Dit rapport helpt wel: het noemt de punten die nog niet voldoen."),
            Doelgroep(profiel.Beleid.Toegang),
            Leeftijd(profiel.Beleid.Toegang),
            InkomensEnVermogenstoets(profiel.Beleid.Toegang),
            AanbodToets.Basisaanbod(profiel.Beleid),
            AanbodToets.Verlengen(profiel.Beleid, profiel.Regeling),
            Hardheidsclausule(profiel.Regeling),
            AanbodToets.Herstel(profiel.Beleid),
            WerkwijzeToets.OntwikkelingVolgen(profiel.Beleid.Werkwijze),
            AanbodToets.EigenBijdrage(profiel.Beleid.EigenBijdrage),
            WerkwijzeToets.ActueelInkomen(profiel.Beleid.Werkwijze),
            WerkwijzeToets.NodigeGegevens(profiel.Beleid),
            WerkwijzeToets.Informatie(),
            WerkwijzeToets.Tevredenheid(profiel.Beleid.Werkwijze),
        };
        return new BasislijnRapport(profiel.Id, profiel.Gemeente.Naam, profiel.Regeling.Titel,
            uitkomsten.Select((u, i) => new Toetsuitkomst(BasislijnPunten.Alle[i], u.Item1, u.Item2)).ToList());
    }

    /// <summary>Point 1; toelichting 1: only an own verordening or one under the Jeugdwet, because bijzondere bijstand brings an income test.</summary>
    private static (BasislijnStatus, string) Vastlegging(Regeling regeling) => regeling.VastgelegdIn switch
    {
        Policy.Vastlegging.Verordening => (BasislijnStatus.Voldoet, $"SMI staat in een verordening: {regeling.Titel}."),
        Policy.Vastlegging.Jeugdwet => (BasislijnStatus.Voldoet, $"SMI staat in een verordening op grond van de Jeugdwet: {regeling.Titel}."),
        Policy.Vastlegging.Beleidsregels => (BasislijnStatus.VoldoetNiet,
            $"SMI staat in beleidsregels ({regeling.Titel}), niet in een verordening. Regels die op de bijzondere bijstand steunen, brengen vaak een inkomenstoets mee. Daarom vraagt de basislijn een verordening."),
        Policy.Vastlegging.AdHoc => (BasislijnStatus.VoldoetNiet,
            "Er zijn geen vaste regels: elke aanvraag wordt apart bekeken. Dan hangt de uitkomst af van wie de aanvraag behandelt."),
        _ => (BasislijnStatus.NietTeBepalen, "Het profiel zegt niet hoe SMI is vastgelegd. Vul regeling.vastgelegdIn in."),
    };

    /// <summary>Point 3: the reason may lie with the parent or the child ("en/of"); a rule that needs one of them narrows the group.</summary>
    private static (BasislijnStatus, string) Doelgroep(Toegang toegang) => toegang.Doelgroep switch
    {
        Policy.Doelgroep.Ouder => (BasislijnStatus.VoldoetNiet,
            "Alleen problemen van de ouder tellen. Volgens de basislijn kan de reden ook bij het kind liggen, of is het genoeg dat de ontwikkeling van het kind in gevaar is."),
        Policy.Doelgroep.Kind => (BasislijnStatus.VoldoetNiet,
            "Alleen de ontwikkeling van het kind telt. Volgens de basislijn is ook een sociaal of medisch probleem van de ouder genoeg."),
        _ => (BasislijnStatus.Voldoet, "De regels maken de doelgroep niet kleiner: een sociale of medische reden bij de ouder of bij het kind is genoeg."),
    };

    /// <summary>
    /// Point 4: up to the end of basisschool. Children normally leave basisschool at 12, so a limit at the
    /// 13th birthday covers the usual ages; a lower one shuts out pupils in the last groups and the bso.
    /// </summary>
    private static (BasislijnStatus, string) Leeftijd(Toegang toegang) => toegang.LeeftijdTotJaar switch
    {
        null => (BasislijnStatus.Voldoet, "Er is geen eigen leeftijdsgrens: kinderen kunnen SMI krijgen tot het einde van de basisschool."),
        >= 13 and var jaar => (BasislijnStatus.Voldoet,
            $"SMI kan tot het kind {jaar} jaar wordt. Dat dekt de gewone basisschoolleeftijd. Een kind dat {jaar} is en nog op de basisschool zit, valt er wel buiten; ‘tot het einde van de basisschool’ is veiliger."),
        var jaar => (BasislijnStatus.VoldoetNiet,
            $"SMI stopt als het kind {jaar} jaar wordt. Oudere kinderen op de basisschool, ook op de bso, vallen erbuiten. De basislijn rekent tot het einde van de basisschool."),
    };

    /// <summary>Point 5 and toelichting 5: income may set the eigen bijdrage, never shut a family out.</summary>
    private static (BasislijnStatus, string) InkomensEnVermogenstoets(Toegang toegang)
    {
        var toetsen = new List<string>();
        if (toegang.Inkomenstoets is { } grens)
        {
            toetsen.Add($"Wie meer verdient dan {Nl.Percentage(grens.Percentage)} van {Norm(grens.Van)}, krijgt geen SMI.");
        }
        if (toegang.Vermogenstoets)
        {
            toetsen.Add("Wie vermogen heeft, kan daardoor geen SMI krijgen.");
        }
        return toetsen.Count == 0
            ? (BasislijnStatus.Voldoet, "Er is geen inkomens- of vermogenstoets. Het inkomen bepaalt alleen de eigen bijdrage.")
            : (BasislijnStatus.VoldoetNiet, string.Join(" ", toetsen) + " Volgens de basislijn mag het inkomen alleen de hoogte van de eigen bijdrage bepalen.");
    }

    /// <summary>Point 8. A clause outside a verordening still lets the college deviate; point 1 already counts where it stands.</summary>
    private static (BasislijnStatus, string) Hardheidsclausule(Regeling regeling) => regeling.ArtikelHardheidsclausule switch
    {
        null => (BasislijnStatus.VoldoetNiet,
            "Het profiel noemt geen hardheidsclausule. Heeft de regeling er wel een, vul dan regeling.hardheidsclausule in."),
        var artikel when regeling.VastgelegdIn is Policy.Vastlegging.Beleidsregels or Policy.Vastlegging.AdHoc => (BasislijnStatus.Voldoet,
            $"Er is een hardheidsclausule ({artikel}).{Bereik(regeling)} Let op: de basislijn vraagt die in een verordening (zie punt 1)."),
        var artikel => (BasislijnStatus.Voldoet, $"Er is een hardheidsclausule: {artikel} van de {regeling.Titel}.{Bereik(regeling)}"),
    };

    /// <summary>What a clause that does not cover the whole regulation covers (Oude IJsselstreek 2020 art. 7: only art. 6).</summary>
    private static string Bereik(Regeling regeling) => regeling.Hardheidsclausule?.WijktAfVan is { } onderdelen
        ? $" Die geldt alleen voor deze regels: {string.Join(", ", onderdelen.Select(o => o.Naam))}."
        : "";

    internal static string Norm(Inkomensnorm norm) =>
        norm == Inkomensnorm.Wml ? "het wettelijk minimumloon" : "de bijstandsnorm";
}
