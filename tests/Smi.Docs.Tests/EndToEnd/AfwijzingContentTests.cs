using System.Globalization;
using AngleSharp.Html.Parser;
using Smi.Docs.Cases;
using Smi.Docs.Catalogues;
using Smi.Docs.Policy;

using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// The afwijzing states what was asked, the decision, each reason with its facts, rule and article
/// (Awb 3:46, 3:47), what the parent can do now, its legal basis and the bezwaarclausule (Awb 3:45).
/// </summary>
public sealed class AfwijzingContentTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static TheoryData<string> Cases => [.. TestPaths.AfwijzingCases];

    public static TheoryData<string> Codes => [.. AfwijzingsgrondenCatalogus.Standaard.Codes];

    [Theory]
    [MemberData(nameof(Cases))]
    public void States_every_element_of_a_refusal(string caseName)
    {
        var zaak = Examples.Case(caseName);
        var profile = Examples.Voorbeeldstad;
        var text = LetterText.Of(AfwijzingCases.Html(zaak, profile));

        Assert.Contains($"Op {Date(zaak.Aanvraagdatum)} hebben wij uw aanvraag ontvangen", text);       // what was asked, when
        Assert.Contains("sociaal medische indicatie (SMI)", text);
        Assert.All(zaak.Kinderen, kind => Assert.Contains($"{kind.Opvang.Organisatie}", text));
        Assert.Contains("Wij wijzen uw aanvraag af.", text);                                             // the decision
        foreach (var reden in zaak.Afwijzing!.Redenen)
        {
            AssertStatesReason(text, reden, profile);
        }
        Assert.Contains($"op grond van: {Article(AfwijzingsgrondenCatalogus.Standaard[zaak.Afwijzing.Redenen[0].Code], profile)}", text); // legal basis
        AssertBezwaarclausule(text, profile, zaak);
        Assert.Contains(zaak.Behandelaar.Telefoon, text);                                                 // contact
        Assert.Contains($"namens {profile.Ondertekening.Namens}", text);                                  // signature
        Assert.DoesNotContain("€", text, StringComparison.Ordinal);                                       // a refusal has no amounts
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_reason_of_the_catalogue_renders_with_its_facts_rule_article_and_alternative(string code)
    {
        // Basislijn 5 forbids an income test: only a profile with its own income article can refuse on income.
        var profile = code == "inkomen-boven-grens" ? Examples.VoorbeeldstadMetInkomenstoets("artikel 6") : Examples.Voorbeeldstad;
        var zaak = CaseReader.Read(AfwijzingCases.WithReasons((code, "Toelichting van de behandelaar.")), code + ".json");

        var html = AfwijzingCases.Html(zaak, profile);
        var text = LetterText.Of(html);

        AssertStatesReason(text, zaak.Afwijzing!.Redenen[0], profile);
        AssertBezwaarclausule(text, profile, zaak);
        // Issue 4 point 6: each rejection reason has an approved snapshot of its letter.
        Approvals.Verify(HtmlSnapshot.Normalize(html), $"afwijzing-reden.{code}", "html");
    }

    [Fact]
    public void Hostile_toelichting_is_shown_as_text_and_adds_no_markup()
    {
        var baseline = TagCounts(AfwijzingCases.Html(CaseReader.Read(AfwijzingCases.WithReasons(("niet-in-doelgroep", "gewoon")), "a.json"), Examples.Voorbeeldstad));
        foreach (var (value, shown) in InjectionCases.Strings)
        {
            var zaak = CaseReader.Read(AfwijzingCases.WithReasons(("niet-in-doelgroep", value)), "a.json");

            var html = AfwijzingCases.Html(zaak, Examples.Voorbeeldstad);

            Assert.Equal(baseline, TagCounts(html));
            Assert.Contains(shown, LetterText.Of(html), StringComparison.Ordinal);
        }
    }

    private static void AssertStatesReason(string text, Afwijzingsreden reden, MunicipalityProfile profile)
    {
        var grond = AfwijzingsgrondenCatalogus.Standaard[reden.Code];
        Assert.Contains(grond.Titel, text);
        Assert.Contains($"Wat is de regel? {grond.Regel} Dit staat in {Article(grond, profile)}.", text);
        Assert.Contains($"Wat zien wij bij u? {grond.Feiten}", text);
        Assert.Contains(grond.Alternatief, text);
        if (grond.Wet is not null)
        {
            Assert.Contains($"Dit staat ook in {grond.Wet}.", text);
        }
        if (reden.Toelichting is not null)
        {
            Assert.Contains(reden.Toelichting, text);
        }
    }

    private static void AssertBezwaarclausule(string text, MunicipalityProfile profile, SmiCase zaak)
    {
        Assert.Contains("Dan kunt u bezwaar maken. Dat moet binnen zes weken.", text);                    // who, term
        Assert.Contains($"De verzenddatum is {Date(zaak.Verzenddatum)}", text);
        Assert.Contains($"college van burgemeester en wethouders van {profile.Gemeente.Naam}", text);     // where (body)
        Assert.Contains(string.Join(", ", profile.Bezwaar.Postadres), text);                              // where (address)
        Assert.Contains("Zet in uw bezwaar:", text);                                                      // how
    }

    private static string Article(Afwijzingsgrond grond, MunicipalityProfile profile) =>
        $"{profile.Regeling.Artikelen.Voor(grond.Artikel) ?? profile.Regeling.ArtikelToekenning} van de {profile.Regeling.Titel}";

    private static string TagCounts(string html) =>
        string.Join(",", new HtmlParser().ParseDocument(html).All.GroupBy(e => e.LocalName).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}:{g.Count()}"));

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
