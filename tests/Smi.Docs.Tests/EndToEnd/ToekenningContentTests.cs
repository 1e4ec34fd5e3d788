using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Html;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// The toekenning states every element of handreiking §4.2 and the bezwaarclausule of Awb 3:45
/// (docs/architecture.md §4), checked on the rendered text of each example.
/// </summary>
public sealed class ToekenningContentTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>
    /// Every example with voorbeeldstad, and the one-child example with every profile (issue 4 point 5: the
    /// elements hold for every municipality, in its own words and articles). The others pay the parent or are
    /// calculated by tables that do not cover every profile's method, which the profiles rightly refuse.
    /// </summary>
    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var caseName in TestPaths.ToekenningCases)
            {
                data.Add(caseName, "voorbeeldstad");
            }
            foreach (var profile in TestPaths.Profiles.Skip(1))
            {
                data.Add(TestPaths.ToekenningCases[0], profile);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void States_every_element_the_handreiking_and_the_awb_require(string caseName, string profileId)
    {
        var zaak = Examples.Case(caseName);
        var profile = Examples.Profile(profileId);
        var text = Text(Examples.Composer.Compose(zaak, profile, "toekenning", "nl"));

        Assert.Contains("sociaal medische indicatie (SMI)", text);                                   // which scheme
        Assert.Contains($"Op {Date(zaak.Aanvraagdatum)} hebben wij uw aanvraag ontvangen", text);    // date received
        Assert.Contains(zaak.Indicatie!.Reden, text);                                                  // reason
        Assert.Contains($"van {Date(zaak.Periode!.Begin)} tot en met {Date(zaak.Periode.Eind)}", text); // start and end
        Assert.Contains($"Doe dat uiterlijk op {Date(Termijnberekening.VerlengingAanvragenVoor(zaak.Periode.Eind, profile.Beleid.VerlengingAanvragenWekenVoorEinde).Einde)}", text); // extension date
        Assert.Contains("Gemeente betaalt", text);                                                    // calculation table
        Assert.All(zaak.ToegekendeKinderen, kind =>
        {
            Assert.Contains($"{kind.Voornaam}: {kind.Opvang.DagenPerWeek.ToString("0.##", Dutch)} dagen per week", text); // days/hours
            Assert.Contains(kind.Opvang.Organisatie, text);                                          // which children, where
            Assert.Contains($"{kind.Opvang.Organisatie} ({kind.Voornaam}): {kind.Opvang.Opzegtermijn}", text); // notice period
        });
        Assert.Contains(zaak.Indicatie!.Afbouw.Count == 0 ? "opvang in deze periode niet af" : $"vanaf {Date(zaak.Indicatie!.Afbouw[0].Vanaf)} krijgt u een vergoeding voor", text);                                                    // afbouw
        Assert.Contains(zaak.Betaling!.Aan == Smi.Docs.Cases.Betaalontvanger.Ouder ? "aan u, op rekening" : "rechtstreeks aan de kinderopvang", text); // payee
        Assert.Contains("Geef dat binnen twee weken aan ons door", text);                  // duties
        var herstel = zaak.Indicatie.Betreft switch                                                   // basislijn 9, to whom it concerns
        {
            Smi.Docs.Cases.Betrokkene.Partner => "Uw partner werkt aan herstel",
            Smi.Docs.Cases.Betrokkene.Kind => "Werk mee aan de hulp voor uw kind",
            _ => "Werk aan uw herstel",
        };
        Assert.Equal(profile.Beleid.InzetVoorHerstel, text.Contains(herstel, StringComparison.Ordinal));
        Assert.Contains($"op grond van {profile.Regeling.ArtikelToekenning} van de {profile.Regeling.Titel}", text); // legal basis
        Assert.Contains("Dan kunt u bezwaar maken. Dat moet binnen zes weken.", text);                // who, term
        Assert.Contains($"U heeft dus tot en met {Date(Termijnberekening.EindeBezwaartermijn(zaak.Verzenddatum).Einde)}", text);
        Assert.Contains($"college van burgemeester en wethouders van {profile.Gemeente.Naam}", text); // where (body)
        Assert.Contains(string.Join(", ", profile.Bezwaar.Postadres), text);                          // where (address)
        Assert.Contains("Zet in uw bezwaar:", text);                                                  // how
        Assert.Contains(zaak.Behandelaar.Telefoon, text);                                             // contact
        Assert.Contains($"namens {profile.Ondertekening.Namens}", text);                              // signature
    }

    [Fact]
    public void A_month_the_period_covers_in_part_is_explained_with_its_days()
    {
        // 7 December 2026 - 6 June 2027: December counts 7..31 = 25 of its 31 days, June 1..6 = 6 of 30; the months
        // between are whole and need no sentence.
        var text = Text(Examples.Composer.Compose(Examples.Case("toekenning-partner-herstelt"), Examples.Voorbeeldstad, "toekenning", "nl"));

        Assert.Contains("In december 2026 loopt de periode 25 van de 31 dagen. Daarom rekenen wij die maand met minder uren.", text);
        Assert.Contains("In juni 2027 loopt de periode 6 van de 30 dagen.", text);
        Assert.Equal(2, Regex.Count(text, "loopt de periode"));
    }

    private static string Text(Documents.LetterDocument document) => LetterText.Of(document);

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
