using Smi.Docs.Calculation;
using Smi.Docs.Localization;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.ViewModels;

/// <summary>Builds the publiekstekst from a profile: the policy in flags and numbers, plus the worked example.</summary>
internal static class PubliekstekstViewModelFactory
{
    public static PubliekstekstViewModel Create(MunicipalityProfile profile, LanguagePack pack) => Create(profile, TariefTabellen.Standaard, pack);

    public static PubliekstekstViewModel Create(MunicipalityProfile profile, TariefTabellen tabellen, LanguagePack pack)
    {
        var gemeente = profile.Gemeente;
        var beleid = profile.Beleid;
        var toegang = beleid.Toegang;
        var eigen = beleid.EigenBijdrage;
        var methoden = new[] { eigen.Methode, eigen.Daarboven ?? eigen.Methode };
        return new PubliekstekstViewModel(
            new GemeenteView(gemeente.Naam, OneLine(gemeente.Postadres), OneLine(gemeente.Bezoekadres), gemeente.Telefoon, gemeente.Email, gemeente.Website),
            RegelingView.Van(profile.Regeling),
            new PubliekToegangView(
                toegang.Doelgroep == Doelgroep.OuderOfKind,
                toegang.Doelgroep == Doelgroep.Ouder,
                toegang.Doelgroep == Doelgroep.Kind,
                toegang.LeeftijdTotJaar,
                toegang.Inkomenstoets is { } toets ? InWoorden(toets, pack) : null,
                toegang.Inkomenstoets is { } toetsBedrag ? PerJaar(toetsBedrag, tabellen) : null,
                toegang.Vermogenstoets,
                toegang.Advies?.Door,
                toegang.Advies?.Verplicht ?? false),
            new PubliekBeleidView(
                beleid.BasisaanbodDagenPerWeek,
                beleid.BasisaanbodMaanden,
                beleid.VerlengingMaanden,
                beleid.MaximumAantalVerlengingen,
                beleid.VerlengingAanvragenWekenVoorEinde,
                beleid.MaximumUrenPerMaandPerKind,
                beleid.BeslistermijnWeken,
                beleid.VerdagingWeken,
                beleid.HersteltermijnDagen,
                beleid.InzetVoorHerstel,
                beleid.Betaling == BetalingAan.Ouder,
                beleid.Betaling == BetalingAan.Opvang,
                beleid.Betaling == BetalingAan.Keuze),
            new PubliekEigenBijdrageView(
                methoden.Any(m => m is EigenBijdrageMethode.Kot or EigenBijdrageMethode.Beemster2021 or EigenBijdrageMethode.OudeIJsselstreek2020),
                methoden.Contains(EigenBijdrageMethode.VngAdviestabel),
                eigen.Methode == EigenBijdrageMethode.VolledigOnderGrens && eigen.VolledigTot is { } grens ? InWoorden(grens, pack) : null,
                eigen.Methode == EigenBijdrageMethode.VolledigOnderGrens && eigen.VolledigTot is { } grensBedrag ? PerJaar(grensBedrag, tabellen) : null,
                eigen.Methode == EigenBijdrageMethode.Beemster2021,
                eigen.Uurprijs == Uurprijsgrondslag.Maximum,
                // Oude IJsselstreek 2020 caps at 24 hours a week even when the profile leaves the key out (README, Calculation).
                eigen.MaximumUrenPerWeek ?? (eigen.Methode == EigenBijdrageMethode.OudeIJsselstreek2020 ? 24 : null),
                eigen.MaximumDagenPerWeek,
                eigen.MaximumMaanden),
            Voorbeeld(beleid, tabellen));
    }

    /// <summary>
    /// The worked example for this policy. A calculator refusal (a table row the sources lack) is no error here:
    /// the text then says the example is not available, rather than showing a guessed amount.
    /// </summary>
    private static RekenvoorbeeldView Voorbeeld(Beleid beleid, TariefTabellen tabellen)
    {
        RekenvoorbeeldUitkomstView? uitkomst = null;
        if (Rekenvoorbeeld.AlsZaak(tabellen) is { } zaak)
        {
            try
            {
                var maand = EigenBijdrageCalculator.Bereken(zaak, beleid, tabellen).Kinderen[0].Maanden[0];
                uitkomst = new RekenvoorbeeldUitkomstView(
                    maand.Uurprijs, maand.UrenVergoed, maand.UrenVergoed < maand.UrenAfgenomen, maand.VergoedeUurprijs,
                    maand.Percentage, maand.BijdragePerUur, maand.Kosten, maand.Gemeente, maand.Ouder);
            }
            catch (SmiDocsException)
            {
                uitkomst = null;
            }
        }
        return new RekenvoorbeeldView(Rekenvoorbeeld.Jaar, Rekenvoorbeeld.Toetsingsinkomen, Rekenvoorbeeld.DagenPerWeek,
            Rekenvoorbeeld.UrenPerWeek, Rekenvoorbeeld.UrenPerMaand, uitkomst);
    }

    /// <summary>
    /// A WML limit per year on the worked example's date, computed as the calculator does (12 × the month's minimumloon
    /// × percentage). Null for a bijstandsnorm (it differs for singles and couples) or when the tables lack the date.
    /// </summary>
    private static decimal? PerJaar(Inkomensgrens grens, TariefTabellen tabellen) =>
        grens.Van == Inkomensnorm.Wml ? Inkomensgrenzen.PerJaar(grens, tabellen, Rekenvoorbeeld.Peildatum, metPartner: false) : null;

    /// <summary>"110 procent van het wettelijk minimumloon", in the letter's language.</summary>
    internal static string InWoorden(Inkomensgrens grens, LanguagePack pack) =>
        pack.Texts.Format(grens.Van == Inkomensnorm.Wml ? "publiekstekst.inkomensgrensMinimumloon" : "publiekstekst.inkomensgrensBijstand",
            ("percentage", pack.Formatter.Number(grens.Percentage)));

    private static string OneLine(IReadOnlyList<string> lines) => string.Join(", ", lines);
}
