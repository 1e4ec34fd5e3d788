using System.Globalization;
using AngleSharp.Html.Parser;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Cases;
using Smi.Docs.Catalogues;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// The ontbrekende-gegevens letter (Awb 4:5) states when the application arrived, each missing item with why
/// it is needed, a concrete last day (the hersteltermijn, Atw-moved), the consequence of silence, the suspended
/// beslistermijn (Awb 4:15) and how to send the items. It is no decision, so it has no bezwaarclausule.
/// </summary>
public sealed class OntbrekendeGegevensContentTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static TheoryData<string, string> Cases => OntbrekendeGegevensCases.AllWithProfiles();

    public static TheoryData<string> Codes => [.. OntbrekendeGegevensCatalogus.Standaard.Codes];

    [Theory]
    [MemberData(nameof(Cases))]
    public void States_every_element_of_the_hersteltermijn_letter(string profileId, string caseName)
    {
        var zaak = Examples.Case(caseName);
        var profile = Policy.SeedProfiles.Load(profileId);
        var text = LetterText.Of(OntbrekendeGegevensCases.Html(zaak, profile));
        var termijn = Termijnberekening.Voor(zaak, profile.Beleid).Hersteltermijn;

        Assert.Contains($"Op {Date(zaak.Aanvraagdatum)} hebben wij uw aanvraag ontvangen", text);            // what, when
        foreach (var item in zaak.Ontbrekend!.Items)
        {
            AssertStatesItem(text, item);
        }
        Assert.Contains($"Wij moeten ze uiterlijk op {Date(termijn.Einde)} hebben.", text);                 // concrete deadline
        Assert.Contains($"{profile.Beleid.HersteltermijnDagen} dagen", text);
        Assert.Contains("Wij nemen uw aanvraag dan niet in behandeling. Dat staat in artikel 4:5 van de Algemene wet bestuursrecht.", text);
        Assert.Contains($"Normaal beslissen wij binnen {profile.Beleid.BeslistermijnWeken} weken na uw aanvraag. Nu staat die tijd stil.", text);
        Assert.Contains("De tijd loopt weer door als wij alle gegevens hebben. Of als de laatste dag voorbij is. Dat staat in artikel 4:15 van de Algemene wet bestuursrecht.", text); // suspension
        Assert.Contains(string.Join(", ", profile.Gemeente.Postadres), text);                                // how to send
        Assert.Contains($"mail ze naar {zaak.Behandelaar.Email}", text);
        Assert.Contains($"Zet het kenmerk {zaak.Zaaknummer} op alles wat u stuurt.", text);
        Assert.Contains($"namens {profile.Ondertekening.Namens}", text);                                     // signature
        Assert.DoesNotContain("bezwaar", text, StringComparison.OrdinalIgnoreCase);                          // not a besluit
        Assert.DoesNotContain("€", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_on_a_weekend_moves_to_monday_and_the_letter_says_so()
    {
        // 14 November 2026 + 14 days is Saturday 28 November; the Algemene termijnenwet moves it to Monday 30 November.
        var zaak = CaseReader.Read(OntbrekendeGegevensCases.Changed(r => r["besluitdatum"] = "2026-11-14"), "zaterdag.json");

        var text = LetterText.Of(OntbrekendeGegevensCases.Html(zaak, Examples.Voorbeeldstad));

        Assert.Contains("Wij moeten ze uiterlijk op 30 november 2026 hebben.", text);
        Assert.Contains("Dan zou de laatste dag 28 november 2026 zijn. Maar de dag valt op een zaterdag.", text);
        Assert.Contains("Algemene termijnenwet", text);
    }

    [Fact]
    public void Deadline_on_christmas_day_moves_past_the_weekend_and_names_the_holiday()
    {
        // 11 December 2026 + 14 days is Friday 25 December (Eerste Kerstdag); 26 and 27 are a weekend.
        var zaak = Examples.Case(OntbrekendeGegevensCases.Feestdag);
        var termijn = Termijnberekening.Hersteltermijn(zaak.Verzenddatum, Examples.Voorbeeldstad.Beleid.HersteltermijnDagen);

        var text = LetterText.Of(OntbrekendeGegevensCases.Html(zaak, Examples.Voorbeeldstad));

        Assert.Equal((new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28)), (termijn.Berekend, termijn.Einde));
        Assert.Contains("Wij moeten ze uiterlijk op 28 december 2026 hebben.", text);
        Assert.Contains($"Dan zou de laatste dag 25 december 2026 zijn. Maar {termijn.Reden}.", text);
        Assert.Contains("Wij hebben nog dit ding van u nodig:", text);
    }

    [Fact]
    public void Deadline_on_a_working_day_is_not_called_moved()
    {
        var text = LetterText.Of(OntbrekendeGegevensCases.Html(Examples.Case(OntbrekendeGegevensCases.Example), Examples.Voorbeeldstad));

        Assert.DoesNotContain("termijnenwet", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_item_of_the_catalogue_renders_with_what_why_and_how(string code)
    {
        var zaak = CaseReader.Read(OntbrekendeGegevensCases.WithItems((code, "Toelichting van de behandelaar.")), code + ".json");

        var text = LetterText.Of(OntbrekendeGegevensCases.Html(zaak, Examples.Voorbeeldstad));

        AssertStatesItem(text, zaak.Ontbrekend!.Items[0]);
        Assert.Contains("Wij hebben nog dit ding van u nodig:", text);
    }

    [Fact]
    public void Hostile_toelichting_is_shown_as_text_and_adds_no_markup()
    {
        var baseline = TagCounts(OntbrekendeGegevensCases.Html(CaseReader.Read(OntbrekendeGegevensCases.WithItems(("handtekening", "gewoon")), "o.json"), Examples.Voorbeeldstad));
        foreach (var (value, shown) in InjectionCases.Strings)
        {
            var zaak = CaseReader.Read(OntbrekendeGegevensCases.WithItems(("handtekening", value)), "o.json");

            var html = OntbrekendeGegevensCases.Html(zaak, Examples.Voorbeeldstad);

            Assert.Equal(baseline, TagCounts(html));
            Assert.Contains(shown, LetterText.Of(html), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Needs_its_items_and_refuses_a_refusal_or_amounts()
    {
        var without = CaseReader.Read(OntbrekendeGegevensCases.Changed(r => r.Remove("ontbrekend")), "zonder.json");
        var withAfwijzing = CaseReader.Read(OntbrekendeGegevensCases.Changed(r => r["afwijzing"] = new System.Text.Json.Nodes.JsonObject
        {
            ["redenen"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["code"] = "niet-in-doelgroep" }),
        }), "met.json");

        Assert.Equal([(CaseCodes.BlokOntbreekt.Id, "$.ontbrekend")], Problems(without));
        Assert.Equal([(CaseCodes.BlokHoortNiet.Id, "$.afwijzing")], Problems(withAfwijzing));
    }

    private static IReadOnlyList<(string Code, string? Path)> Problems(SmiCase zaak) =>
        Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(zaak, Examples.Voorbeeldstad, OntbrekendeGegevensCases.DocumentId, "nl"))
            .Diagnostics.Select(d => (d.Code, d.Location.JsonPath)).ToList();

    private static void AssertStatesItem(string text, OntbrekendItem item)
    {
        var gegeven = OntbrekendeGegevensCatalogus.Standaard[item.Code];
        Assert.Contains(gegeven.Titel, text);
        Assert.Contains($"Wat hebben wij nodig? {gegeven.Wat}", text);
        Assert.Contains($"Waarom hebben wij dit nodig? {gegeven.Waarom}", text);
        Assert.Contains($"Hoe komt u hieraan? {gegeven.Hoe}", text);
        if (item.Toelichting is not null)
        {
            Assert.Contains(item.Toelichting, text);
        }
    }

    private static string TagCounts(string html) =>
        string.Join(",", new HtmlParser().ParseDocument(html).All.GroupBy(e => e.LocalName).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}:{g.Count()}"));

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
