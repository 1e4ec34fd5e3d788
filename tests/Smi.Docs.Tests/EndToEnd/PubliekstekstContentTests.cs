using AngleSharp.Html.Parser;
using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Formatting;
using Smi.Docs.Html;
using Smi.Docs.Policy;
using Smi.Docs.ViewModels;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// The publiekstekst says what each municipality's own profile says (issue 4 point 1 and 2): terms, extensions,
/// payee, age limit, income test, legal basis, contact; and its worked example is the calculator's.
/// </summary>
public sealed class PubliekstekstContentTests
{
    public static TheoryData<string> Profiles => [.. TestPaths.Profiles];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Follows_the_profile_in_every_part(string id)
    {
        var profile = Examples.Profile(id);
        var beleid = profile.Beleid;
        var text = Text(id);

        Assert.Contains($"De regels staan in de {profile.Regeling.Titel}.", text);
        Assert.Contains($"Wij beslissen binnen {beleid.BeslistermijnWeken} weken", text);
        Assert.Contains($"U heeft dan {beleid.HersteltermijnDagen} dagen om het te sturen.", text);
        Assert.Contains($"U krijgt SMI eerst voor {beleid.BasisaanbodMaanden} maanden.", text);
        Assert.Contains($"Een verlenging duurt {beleid.VerlengingMaanden} maanden.", text);
        Assert.Contains($"Doe dat {beleid.VerlengingAanvragenWekenVoorEinde} weken voor het einde.", text);
        Assert.Contains(beleid.MaximumAantalVerlengingen is { } max ? $"U kunt hoogstens {max} keer verlengen." : "U kunt verlengen zolang u de opvang nodig heeft.", text);
        Assert.Contains($"Bel dan {profile.Gemeente.Telefoon}.", text);
        Assert.Contains(profile.Gemeente.Email, text);
        Assert.Contains(string.Join(", ", profile.Gemeente.Bezoekadres), text);
        Assert.Contains(string.Join(", ", profile.Gemeente.Postadres), text);
        Assert.Contains(profile.Gemeente.Website, text);
        Assert.Equal(beleid.VerdagingWeken is not null, text.Contains("weken langer nemen", StringComparison.Ordinal));
        Assert.Equal(profile.Regeling.ArtikelHardheidsclausule is not null, text.Contains("van deze regels afwijken", StringComparison.Ordinal));
        Assert.Equal(beleid.InzetVoorHerstel, text.Contains("dat u werkt aan herstel", StringComparison.Ordinal));
        Assert.Equal(beleid.Toegang.Inkomenstoets is null, text.Contains("Er is geen grens voor uw inkomen.", StringComparison.Ordinal));
        Assert.Equal(beleid.Toegang.LeeftijdTotJaar is { } jaar ? $"Uw kind is jonger dan {jaar} jaar." : "Uw kind gaat nog naar de basisschool,", Sentence(text, "Uw kind "));
        var payee = beleid.Betaling switch
        {
            BetalingAan.Opvang => "Wij betalen het geld elke maand aan de kinderopvang.",
            BetalingAan.Ouder => "Wij betalen het geld elke maand aan u.",
            _ => "U kiest zelf of wij het geld aan u betalen of aan de kinderopvang.",
        };
        Assert.Contains(payee, text);
        // Never a diagnosis, never a case: the text is public.
        Assert.DoesNotContain("Geachte", text);
        Assert.DoesNotContain("kenmerk", text);
    }

    [Fact]
    public void Voorbeeldstad_has_no_income_test_and_lets_the_parent_choose_the_payee()
    {
        var text = Text("voorbeeldstad");

        Assert.Contains("Er is geen grens voor uw inkomen. Ook met een hoog inkomen kunt u SMI krijgen.", text);
        Assert.Contains("Wij kijken niet naar uw spaargeld of ander vermogen.", text);
        Assert.Contains("De reden kan ook bij uw kind liggen.", text);
        Assert.Contains("een kopie van uw bankpas", text);
        Assert.Contains("Dat staat in artikel 14 van de regels.", text);
    }

    [Fact]
    public void Beemster_pays_the_childcare_organisation_extends_three_times_and_can_take_eight_weeks_more()
    {
        var text = Text("beemster");

        Assert.Contains("Wij betalen het geld elke maand aan de kinderopvang. U hoeft niets voor te schieten.", text);
        Assert.DoesNotContain("bankpas", text);
        Assert.Contains("Uw kind is jonger dan 13 jaar.", text);
        Assert.Contains("De reden moet bij u als ouder liggen.", text);
        Assert.Contains("U kunt hoogstens 3 keer verlengen.", text);
        Assert.Contains("Dan kunnen wij één keer 8 weken langer nemen.", text);
        // Verordening art. 10 lid 2: the ouderbijdrage of the kinderopvangtoeslag, so the part above the maximum
        // uurprijs too; the lowest income category pays nothing at all (lid 2, lid 3: we pay the rest of the real price).
        Assert.Contains("Maar nooit met meer dan de maximale uurprijs van het Rijk. Is de opvang duurder? Dan betaalt u het verschil zelf.", text);
        Assert.DoesNotContain("Wij rekenen met de echte uurprijs van de kinderopvang.", text);
        Assert.Contains("Heeft u een laag inkomen? Dan betaalt u niets zelf. Ook niet als de opvang duurder is dan de maximale uurprijs.", text);
        Assert.Contains("Soms vragen wij advies aan een externe sociaal of medisch adviseur, of team Jeugd.", text);
    }

    [Fact]
    public void Oude_IJsselstreek_names_its_income_limit_24_hours_a_week_and_the_required_statement()
    {
        var text = Text("oude-ijsselstreek");

        Assert.Contains("Uw inkomen is niet hoger dan 110 procent van het wettelijk minimumloon.", text);
        Assert.Contains("Dan krijgt u geen SMI.", text);
        // 110 % of 12 × the minimumloon of January 2026 (€ 2.294,40), as the calculator computes its limits.
        Assert.Contains($"In januari 2026 was die grens {Money(30_286.08m)} bruto per jaar.", text.Replace('\u00a0', ' '));
        Assert.DoesNotContain("Er is geen grens voor uw inkomen", text);
        Assert.Contains("Wij betalen voor hoogstens 24 uur opvang per week.", text);
        Assert.Contains("Wij betalen in totaal voor hoogstens 12 maanden opvang.", text);
        Assert.Contains("U kunt hoogstens 1 keer verlengen.", text);
        Assert.Contains("U heeft een verklaring nodig van een zorgverlener, zoals de huisarts of een specialist.", text);
        Assert.Contains("De regels staan in de Beleidsregels sociaal medische indicatie gemeente Oude IJsselstreek.", text);
    }

    [Fact]
    public void Rivierenland_pays_everything_below_120_percent_of_the_minimum_wage()
    {
        var text = Text("rivierenland");

        Assert.Contains("Is uw inkomen niet hoger dan 120 procent van het wettelijk minimumloon? Dan betalen wij de opvang helemaal.", text);
        Assert.Contains("U betaalt zelf € 0,00", text.Replace('\u00a0', ' '));
        Assert.Contains($"In januari 2026 was die grens {Money(33_039.36m)} bruto per jaar.", text.Replace('\u00a0', ' '));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void The_worked_example_shows_the_calculators_amounts(string id)
    {
        var profile = Examples.Profile(id);
        var maand = EigenBijdrageCalculator.Bereken(Rekenvoorbeeld.AlsZaak(TariefTabellen.Standaard)!, profile.Beleid, TariefTabellen.Standaard).Kinderen[0].Maanden[0];
        var text = Text(id).Replace('\u00a0', ' ');

        Assert.Contains($"Zo rekenen wij voor een maand in {Rekenvoorbeeld.Jaar}:", text);
        Assert.Contains($"Kosten van de opvang per maand {Money(maand.Kosten)}", text);
        Assert.Contains($"De gemeente betaalt {Money(maand.Gemeente)}", text);
        Assert.Contains($"U betaalt zelf {Money(maand.Ouder)}", text);
        Assert.Equal(maand.Kosten, maand.Gemeente + maand.Ouder);
    }

    [Fact]
    public void Without_the_tables_it_needs_the_text_says_the_example_is_not_available()
    {
        // The VNG adviestabel of 2025 is not in the sources: the calculator refuses, the text must still render.
        var path = TestPaths.Profile("voorbeeldstad");
        var yaml = File.ReadAllText(path).Replace("    methode: kot ", "    vngTabelJaar: 2025\n    methode: vng-adviestabel #", StringComparison.Ordinal);
        var profile = ProfileReader.Read(yaml, path);

        var text = TextOf(Examples.Composer.Compose(null, profile, "publiekstekst", "nl"));

        Assert.Contains("Wij kunnen hier nu geen voorbeeld geven.", text);
        Assert.DoesNotContain("U betaalt zelf €", text);
        Assert.Contains("U betaalt zelf een bedrag per uur.", text);
    }

    [Fact]
    public void A_case_is_refused_because_the_text_is_public()
    {
        var e = Assert.Throws<Smi.Docs.Diagnostics.SmiDocsException>(() =>
            Examples.Composer.Compose(Examples.Case("toekenning-een-kind-dagopvang"), Examples.Voorbeeldstad, "publiekstekst", "nl"));

        Assert.Equal("SMI4007", Assert.Single(e.Diagnostics).Code);
    }

    private static string Money(decimal amount) => ValueFormatter.Dutch.Money(amount).Replace('\u00a0', ' ');

    private static string Text(string profileId) => TextOf(Examples.Publiekstekst(profileId));

    private static string TextOf(Documents.LetterDocument document)
    {
        var html = new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(document));
        // Table cells are joined with a space so "U betaalt zelf € 40,88" reads as one line.
        foreach (var cell in html.QuerySelectorAll("td, th"))
        {
            cell.TextContent = " " + cell.TextContent + " ";
        }
        return string.Join(" ", html.QuerySelector("main")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Sentence(string text, string start)
    {
        var at = text.IndexOf(start, StringComparison.Ordinal);
        var end = text.IndexOfAny(['.', ','], at);
        return text[at..(end + 1)];
    }
}
