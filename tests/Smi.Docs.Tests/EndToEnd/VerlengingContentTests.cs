using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Html;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// The verlenging states every element of handreiking §4.2 as the toekenning does, plus the earlier decision and
/// period, the new period, which extension it is and whether more are possible (docs/architecture.md §4).
/// </summary>
public sealed class VerlengingContentTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static TheoryData<string, string> Cases => [.. TestPaths.VerlengingCases];

    [Theory]
    [MemberData(nameof(Cases))]
    public void States_every_element_the_handreiking_and_the_awb_require(string caseName, string profileId)
    {
        var zaak = Examples.Case(caseName);
        var profile = Examples.Profile(profileId);
        var text = Text(caseName, profileId);

        Assert.Contains("sociaal medische indicatie (SMI)", text);                                   // which scheme
        Assert.Contains($"Op {Date(zaak.Aanvraagdatum)} hebben wij uw aanvraag voor een verlenging ontvangen", text); // date received
        Assert.Contains(zaak.Indicatie!.Reden, text);                                                  // reason
        Assert.Contains($"loopt van {Date(zaak.Periode!.Begin)} tot en met {Date(zaak.Periode.Eind)}", text); // new period
        Assert.Contains($"uiterlijk op {Date(Termijnberekening.VerlengingAanvragenVoor(zaak.Periode.Eind, profile.Beleid.VerlengingAanvragenWekenVoorEinde).Einde)}", text); // next extension date
        Assert.Contains("Gemeente betaalt", text);                                                    // calculation table
        Assert.Contains($"de bedragen van {zaak.Periode.Begin.Year}", text);                          // the new period's table year
        Assert.All(zaak.Kinderen, kind =>
        {
            Assert.Contains($"{kind.Voornaam}: {kind.Opvang.DagenPerWeek.ToString("0.##", Dutch)} dagen per week", text); // days/hours
            Assert.Contains($"{kind.Opvang.Organisatie} ({kind.Voornaam}): {kind.Opvang.Opzegtermijn}", text); // notice period
        });
        Assert.Contains(zaak.Indicatie.Afbouw.Count == 0 ? "opvang in deze periode niet af" : "stap voor stap af", text); // afbouw
        Assert.Contains(zaak.Betaling!.Aan == Smi.Docs.Cases.Betaalontvanger.Ouder ? "aan u, op rekening" : "rechtstreeks aan de kinderopvang", text); // payee
        Assert.Contains("Geef dat binnen twee weken aan ons door", text);                              // duties
        Assert.Contains($"op grond van {profile.Regeling.ArtikelToekenning}", text);                  // legal basis
        Assert.Contains(profile.Regeling.Titel, text);
        Assert.Contains("Dan kunt u bezwaar maken. Dat moet binnen zes weken.", text);                // bezwaarclausule: term
        Assert.Contains($"U heeft dus tot en met {Date(Termijnberekening.EindeBezwaartermijn(zaak.Verzenddatum).Einde)}", text);
        Assert.Contains($"college van burgemeester en wethouders van {profile.Gemeente.Naam}", text); // who
        Assert.Contains(string.Join(", ", profile.Bezwaar.Postadres), text);                          // where
        Assert.Contains("Zet in uw bezwaar:", text);                                                  // how
        Assert.Contains(zaak.Behandelaar.Telefoon, text);                                             // contact
        Assert.Contains($"namens {profile.Ondertekening.Namens}", text);                              // signature

        var eerder = zaak.Verlenging!.EerderBesluit;
        Assert.Contains($"Op {Date(eerder.Datum)} kreeg u van ons een brief", text);                  // earlier decision
        Assert.Contains($"het kenmerk {eerder.Kenmerk}", text);
        Assert.Contains($"liep van {Date(eerder.Periode.Begin)} tot en met {Date(eerder.Periode.Eind)}", text); // earlier period
    }

    public static TheoryData<string, string> EveryProfile =>
        [.. from c in new[] { "verlenging-eerste", "verlenging-hardheidsclausule" }
            from p in new[] { "voorbeeldstad", "beemster", "oude-ijsselstreek", "rivierenland" }
            select (c, p)];

    /// <summary>Issue 4 §2: every document renders for every profile, with that profile's legal basis and objection address.</summary>
    [Theory]
    [MemberData(nameof(EveryProfile))]
    public void Renders_for_every_profile_with_its_own_legal_basis(string caseName, string profileId)
    {
        var profile = Examples.Profile(profileId);
        var text = Text(caseName, profileId);

        Assert.Contains($"op grond van {profile.Regeling.ArtikelToekenning}", text);
        Assert.Contains(string.Join(", ", profile.Bezwaar.Postadres), text);
        Assert.Contains("Kunt u de vergoeding nog een keer laten verlengen?", text);
    }

    [Fact]
    public void First_extension_without_a_maximum_says_more_are_possible()
    {
        var text = Text("verlenging-eerste", "voorbeeldstad");

        Assert.Contains("Dit is de eerste verlenging.", text);
        Assert.Contains("Ja. Zolang u de opvang nodig heeft, kunt u een nieuwe verlenging aanvragen.", text);
        Assert.DoesNotContain("hardheidsclausule", text);
    }

    [Fact]
    public void Extension_beyond_the_maximum_says_it_uses_the_hardheidsclausule_and_cites_it()
    {
        var profile = Examples.Profile("beemster");
        var text = Text("verlenging-hardheidsclausule", "beemster");

        Assert.Contains("Dit is de vierde verlenging.", text);
        Assert.Contains("Volgens onze regels verlengen wij hoogstens 3 keer.", text);
        Assert.Contains($"Dat mag door de hardheidsclausule: {profile.Regeling.ArtikelHardheidsclausule} van de {profile.Regeling.Titel}", text);
        Assert.Contains("Alleen als uw situatie dan nog steeds uitzonderlijk is.", text);
        Assert.Contains($"op grond van {profile.Regeling.ArtikelToekenning} en {profile.Regeling.ArtikelHardheidsclausule}", text);
    }

    [Fact]
    public void Within_the_maximum_the_letter_counts_the_extensions_left()
    {
        var zaak = Examples.Case("verlenging-eerste");
        var text = Text(Examples.Composer.Compose(zaak, Examples.Profile("beemster"), "verlenging", "nl"));

        Assert.Contains("Volgens onze regels kunt u de vergoeding hierna nog 2 keer laten verlengen.", text);
    }

    [Fact]
    public void The_last_extension_the_policy_allows_says_so()
    {
        var zaak = Examples.Case("verlenging-hardheidsclausule");
        zaak = zaak with { Verlenging = zaak.Verlenging! with { AantalEerdereVerlengingen = 2, Hardheidsclausule = false } };
        var text = Text(Examples.Composer.Compose(zaak, Examples.Profile("beemster"), "verlenging", "nl"));

        Assert.Contains("Dit is de derde verlenging.", text);
        Assert.Contains("Dit is de laatste verlenging die onze regels toestaan.", text);
        Assert.Contains("Is uw situatie uitzonderlijk? Dan kunnen wij soms toch afwijken van de regels", text);
    }

    private static string Text(string caseName, string profileId) => Text(Examples.Verlenging(caseName, profileId));

    private static string Text(Smi.Docs.Documents.LetterDocument letter) => LetterText.Of(letter);

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
