using System.Text.Json.Nodes;
using NJsonSchema;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Html;
using Smi.Docs.Tests.Languages;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// A partial decision (issue 12 point 7): one child granted, another refused in the same toekenning or verlenging, each
/// refusal with its reasons (Awb 3:46, 3:47), the bezwaar right covering that part too, and the amounts calculated over
/// the granted children only.
/// </summary>
public sealed class GedeeltelijkBesluitTests
{
    private const string Example = "toekenning-gedeeltelijk-een-kind-afgewezen";

    [Fact]
    public void The_refused_child_gets_its_reasons_and_the_granted_child_alone_is_paid()
    {
        // Worked example. Lotte (bso) already goes to day treatment under the Jeugdwet, so only Sem is granted.
        // Sem is then the only, so the first, child: KOT table 2026 row 10 (€ 37.130 – € 38.855) gives 96,0 % for an
        // income of € 38.500. Dagopvang € 10,95 is below the 2026 maximum hourly price, so 91 h × € 10,95 = € 996,45 a
        // month; the municipality pays 96 % = € 956,59 (956,592 rounded), the parent € 996,45 − € 956,59 = € 39,86.
        // December 2026 to May 2027 are six whole months: € 5.739,54 and € 239,16. Lotte costs nothing.
        var text = Text(Example, "nl");

        Assert.Contains("U krijgt een vergoeding voor de kinderopvang van uw kind:", text);
        Assert.Contains("Waarom krijgt u geen vergoeding voor Lotte?", text);
        Assert.Contains("Voor Lotte krijgt u geen vergoeding.", text);
        Assert.Contains("Uw kind kan hulp krijgen via de Jeugdwet", text);
        Assert.Contains("Dit staat in artikel 3 van de Verordening tegemoetkoming kinderopvang sociaal-medische indicatie Voorbeeldstad 2026.", text);
        Assert.Contains("Lotte gaat op dinsdag en donderdag na school al naar de dagbehandeling", text);
        Assert.Contains("Bespreek met uw jeugdhulpverlener of het wijkteam", text);
        Assert.Contains("Dan kunt u ook tegen dit deel van het besluit bezwaar maken.", text);
        Assert.Contains("Dan kunt u bezwaar maken. Dat moet binnen zes weken.", text);
        Assert.Contains("Voor de hele periode betalen wij € 5.739,54. U betaalt zelf € 239,16.", text);
        Assert.Contains("Voor Sem betalen wij 96% van de kosten.", text);
        Assert.DoesNotContain("Lotte:", text, StringComparison.Ordinal);                         // no hours for her
        Assert.DoesNotContain("BSO De Ontdekkers (Lotte)", text, StringComparison.Ordinal);       // nothing to give notice of
    }

    [Fact]
    public void An_extension_can_refuse_one_child_and_pays_the_same_for_the_other()
    {
        var extended = JsonNode.Parse(Example("verlenging-eerste"))!.AsObject();
        var older = Child(extended, 0).DeepClone().AsObject();
        older["voornaam"] = "Noor";
        older["geboortedatum"] = "2013-03-01";
        older["afwijzing"] = JsonNode.Parse("""{ "redenen": [ { "code": "kind-boven-leeftijdsgrens" } ] }""");
        extended["kinderen"]!.AsArray().Add(older);
        var alone = Examples.Composer.Compose(Examples.Case("verlenging-eerste"), Examples.Voorbeeldstad, "verlenging", "nl");
        var partial = Examples.Composer.Compose(CaseReader.Read(extended.ToJsonString(), "zaak.json"), Examples.Voorbeeldstad, "verlenging", "nl");

        var text = LetterText.Of(new HtmlLetterRenderer().Render(partial));

        Assert.Contains("Waarom krijgt u geen vergoeding voor Noor?", text);
        Assert.Contains("Uw kind is ouder dan de leeftijdsgrens", text);
        Assert.Equal(Totals(LetterText.Of(new HtmlLetterRenderer().Render(alone))), Totals(text));
    }

    [Theory]
    [InlineData("en", "Why are you not getting a contribution for Lotte?")]
    [InlineData("ar", "لماذا لن تحصلوا على تعويض عن")]
    [InlineData("tr", "için neden destek almıyorsunuz?")]
    [InlineData("pl", "Dlaczego nie otrzyma Pan/Pani dofinansowania na dziecko")]
    [InlineData("uk", "Чому Ви не отримуєте компенсацію за дитину")]
    public void Every_translation_states_the_refused_child(string language, string heading)
    {
        var text = Text(Example, language);

        Assert.Contains(heading, text);
        Assert.Contains("Lotte", text);
        Assert.Contains(LanguageMatrix.Texts(language)["melding.bindend"], text);   // the letter is in that language
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_childs_refusal_is_read_like_a_refusal()
    {
        Assert.Equal([(CaseCodes.GeenRedenen.Id, "$.kinderen[1].afwijzing.redenen")], Found(WithChildReasons()));
        Assert.Equal([(CaseCodes.RedenDubbel.Id, "$.kinderen[1].afwijzing.redenen[1].code")], Found(WithChildReasons("niet-in-doelgroep", "niet-in-doelgroep")));
        Assert.Equal([(CaseCodes.RedenIsEigenBesluit.Id, "$.kinderen[1].afwijzing.redenen[0].code")], Found(WithChildReasons("aanvraag-onvolledig-na-hersteltermijn")));
    }

    [Fact]
    public void A_refused_childs_request_is_not_held_to_the_rules_of_a_grant()
    {
        // SMI1031 refuses zero days in a grant, because it would pay € 0; a refused child is paid nothing anyway.
        var granted = Changed(Example, r => Opvang(r, 0)["dagenPerWeek"] = 0);
        var refused = Changed(Example, r => Opvang(r, 1)["dagenPerWeek"] = 0);

        Assert.Equal([(CaseCodes.NulInToekenning.Id, "$.kinderen[0].opvang.dagenPerWeek")], Found(granted));
        Assert.Equal(0, CaseReader.Read(refused, "zaak.json").Kinderen[1].Opvang.DagenPerWeek);
    }

    [Fact]
    public async Task The_schema_takes_a_childs_refusal_with_catalogue_codes_only()
    {
        var schema = await JsonSchema.FromJsonAsync(Input.RepositoryFiles.Read("schemas", "smi-case.schema.json"), TestContext.Current.CancellationToken);

        Assert.Empty(schema.Validate(Example(Example)));
        Assert.NotEmpty(schema.Validate(WithChildReasons("onbekend")));
        Assert.NotEmpty(schema.Validate(WithChildReasons()));
    }

    [Fact]
    public void Refusing_every_child_is_no_grant()
    {
        var json = Changed(r =>
        {
            r.Remove("berekening");
            foreach (var kind in r["kinderen"]!.AsArray())
            {
                kind!["afwijzing"] = JsonNode.Parse("""{ "redenen": [ { "code": "niet-in-doelgroep" } ] }""");
            }
        });

        Assert.Equal([(CaseCodes.AlleKinderenAfgewezen.Id, "$.kinderen")], Found(json));
    }

    [Fact]
    public void The_cases_own_berekening_lists_only_the_granted_children()
    {
        // The two-children example's berekening has Sem and Lotte; with Lotte refused it must have Sem only.
        var json = Changed(r => Child(r, 1)["afwijzing"] = JsonNode.Parse("""{ "redenen": [ { "code": "niet-in-doelgroep" } ] }"""));

        var error = Assert.Single(Errors(json));

        Assert.Equal((CaseCodes.BerekeningAantalKinderen.Id, "$.berekening.kinderen"), (error.Code, error.Location.JsonPath));
        Assert.Contains("per granted child (1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_childs_refusal_does_not_belong_in_a_letter_that_grants_nothing_and_rests_on_the_profiles_articles()
    {
        var refusal = JsonNode.Parse(AfwijzingCases.WithReasons(("niet-in-doelgroep", null)))!.AsObject();
        Child(refusal, 0)["afwijzing"] = JsonNode.Parse("""{ "redenen": [ { "code": "niet-in-doelgroep" } ] }""");
        var kinderen = refusal["kinderen"]!.AsArray();
        kinderen.Add(kinderen[0]!.DeepClone());
        Child(refusal, 1).Remove("afwijzing");
        var income = CaseReader.Read(WithChildReasons("inkomen-boven-grens"), "zaak.json");

        var inRefusal = Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(CaseReader.Read(refusal.ToJsonString(), "zaak.json"), Examples.Voorbeeldstad, "afwijzing", "nl")).Diagnostics;
        var onIncome = Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(income, Examples.Voorbeeldstad, "toekenning", "nl")).Diagnostics;

        Assert.Equal([(CaseCodes.BlokHoortNiet.Id, "$.kinderen[0].afwijzing")], inRefusal.Select(d => (d.Code, d.Location.JsonPath)));
        Assert.Equal([(CaseCodes.EigenArtikelOntbreekt.Id, "$.kinderen[1].afwijzing.redenen[0].code")], onIncome.Select(d => (d.Code, d.Location.JsonPath)));
    }

    /// <summary>The partial example with Lotte's reasons replaced by <paramref name="codes"/>.</summary>
    private static string WithChildReasons(params string[] codes) => Changed(Example, root =>
        Child(root, 1)["afwijzing"] = new JsonObject { ["redenen"] = new JsonArray([.. codes.Select(c => (JsonNode)new JsonObject { ["code"] = c })]) });

    private static string Totals(string text)
    {
        var start = text.IndexOf("betalen wij €", StringComparison.Ordinal);
        return text[start..text.IndexOf("Hieronder", start, StringComparison.Ordinal)];
    }

    private static string Text(string caseName, string language) =>
        LetterText.Of(Examples.Composer.Compose(Examples.Case(caseName), Examples.Voorbeeldstad, "toekenning", language));
}
