using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Html;
using Smi.Docs.Policy;
using Smi.Docs.Tests.Input;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// Whose situation the indication is about (case <c>indicatie.betreft</c>): the grant and the extension put the
/// recovery duty of basislijn 9 on that person — the partner after a stroke, not the parent who works — in every
/// language, and a case or profile that cannot hold it gets a located error.
/// </summary>
public sealed class IndicatieBetreftTests
{
    private const string PartnerCase = "toekenning-partner-herstelt";

    /// <summary>Per language the duty sentence for the applicant, for the partner, and for a child named Lina.</summary>
    public static TheoryData<string, string, string, string> Duties => new()
    {
        { "nl", "Werk aan uw herstel.", "Uw partner werkt aan herstel.", "Werk mee aan de hulp voor uw kind (Lina)." },
        { "en", "Work on your recovery.", "Your partner works on their recovery.", "Take part in the help for your child (Lina)." },
        { "ar", "اعملوا على تعافيكم.", "يعمل شريككم على تعافيه.", "شاركوا في المساعدة المقدَّمة لطفلكم (Lina)." },
        { "tr", "İyileşmeniz için çalışın.", "Partneriniz iyileşmek için çalışır.", "Çocuğunuz (Lina) için verilen yardıma katkıda bulunun." },
        { "pl", "Prosimy pracować nad powrotem do zdrowia (herstel).", "Pana/Pani partner(ka) pracuje nad powrotem do zdrowia (herstel).", "Prosimy współpracować przy pomocy dla dziecka (Lina)." },
        { "uk", "Працюйте над своїм одужанням.", "Ваш партнер працює над своїм одужанням.", "Будь ласка, беріть участь у допомозі для дитини (Lina)." },
    };

    [Theory]
    [MemberData(nameof(Duties))]
    public void The_grant_puts_the_recovery_duty_on_the_person_whose_situation_it_is(string language, string applicant, string partner, string child)
    {
        var zaak = Examples.Case(PartnerCase);

        var forPartner = Text(zaak, "toekenning", language);
        var forApplicant = Text(With(zaak, null, null), "toekenning", language);
        var forChild = Text(With(zaak, Betrokkene.Kind, "Lina"), "toekenning", language);

        Assert.Contains(partner, forPartner);
        Assert.DoesNotContain(applicant, forPartner);
        Assert.Contains(applicant, forApplicant);
        Assert.DoesNotContain(partner, forApplicant);
        Assert.Contains(child, forChild);
        Assert.DoesNotContain(applicant, forChild);
    }

    [Theory]
    [MemberData(nameof(Duties))]
    public void The_extension_does_the_same(string language, string applicant, string partner, string child)
    {
        var zaak = Examples.Case("verlenging-hardheidsclausule");
        zaak = zaak with { Verlenging = zaak.Verlenging! with { Hardheidsclausule = false, AantalEerdereVerlengingen = 0 } };

        Assert.Contains(partner, Text(With(zaak, Betrokkene.Partner, null), "verlenging", language));
        Assert.Contains(applicant, Text(With(zaak, Betrokkene.Aanvrager, null), "verlenging", language));
        Assert.Contains(child, Text(With(zaak, Betrokkene.Kind, "Lina"), "verlenging", language));
    }

    [Fact]
    public void A_profile_that_asks_no_recovery_work_names_no_duty_for_anyone()
    {
        Assert.False(Examples.Profile("beemster").Beleid.InzetVoorHerstel);
        var zaak = Examples.Case("verlenging-hardheidsclausule");

        var text = Text(With(zaak, Betrokkene.Partner, null), "verlenging", "nl", "beemster");

        Assert.DoesNotContain("herstel", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_indication_about_a_partner_needs_a_partner_in_the_case()
    {
        var json = JsonNode.Parse(Example(OneChild))!.AsObject();
        json["indicatie"]!["betreft"] = "partner";

        var error = Assert.Single(Errors(json.ToJsonString()));

        Assert.Equal(("SMI1037", "$.indicatie.betreft"), (error.Code, error.Location.JsonPath));
    }

    [Fact]
    public void A_child_named_for_an_indication_about_the_applicant_is_an_error()
    {
        var json = JsonNode.Parse(Example(OneChild))!.AsObject();
        json["indicatie"]!["kind"] = "Noor";

        Assert.Equal([("SMI1038", "$.indicatie.kind")], Found(json.ToJsonString()));
        Assert.DoesNotContain("Noor", Assert.Single(Errors(json.ToJsonString())).Message);
    }

    [Fact]
    public void An_unknown_person_lists_the_three_that_are_allowed()
    {
        var json = JsonNode.Parse(Example(OneChild))!.AsObject();
        json["indicatie"]!["betreft"] = "buurvrouw";

        var error = Assert.Single(Errors(json.ToJsonString()));

        Assert.Equal("$.indicatie.betreft", error.Location.JsonPath);
        Assert.All(new[] { "aanvrager", "partner", "kind" }, name => Assert.Contains(name, error.Message));
    }

    [Fact]
    public void Without_betreft_the_case_reads_as_before_and_says_nothing_about_whose_situation()
    {
        Assert.Null(Examples.Case(OneChild).Indicatie!.Betreft);
        Assert.Equal(Betrokkene.Partner, Examples.Case(PartnerCase).Indicatie!.Betreft);
    }

    [Fact]
    public void A_regulation_for_parents_only_cannot_grant_for_a_childs_situation()
    {
        // Beemster 2021 art. 1 sub i and art. 2: the social or medical problem must lie with a parent.
        var zaak = With(Examples.Case(PartnerCase), Betrokkene.Kind, "Lina");

        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(zaak, Examples.Profile("beemster"), "toekenning", "nl")).Diagnostics);

        Assert.Equal(("SMI1109", "$.indicatie.betreft"), (error.Code, error.Location.JsonPath));
        Assert.Contains("niet-in-doelgroep", error.Message);
    }

    [Theory]
    [InlineData(Betrokkene.Aanvrager)]
    [InlineData(Betrokkene.Partner)]
    public void A_regulation_for_children_only_cannot_grant_for_a_parents_situation(Betrokkene betreft)
    {
        var path = TestPaths.Profile("voorbeeldstad");
        var yaml = File.ReadAllText(path);
        Assert.Contains("  doelgroep: ouder-of-kind ", yaml);
        var profile = ProfileReader.Read(yaml.Replace("  doelgroep: ouder-of-kind ", "  doelgroep: kind ", StringComparison.Ordinal), path);

        var error = Assert.Single(Assert.Throws<SmiDocsException>(() =>
            Examples.Composer.Compose(With(Examples.Case(PartnerCase), betreft, null), profile, "toekenning", "nl")).Diagnostics);

        Assert.Equal(("SMI1109", "$.indicatie.betreft"), (error.Code, error.Location.JsonPath));
        Assert.NotNull(Examples.Composer.Compose(With(Examples.Case(PartnerCase), Betrokkene.Kind, null), profile, "toekenning", "nl"));
    }

    [Fact]
    public void The_case_schema_knows_the_three_people()
    {
        var schema = JsonNode.Parse(RepositoryFiles.Read("schemas", "smi-case.schema.json"))!;
        var betreft = schema["properties"]!["indicatie"]!["properties"]!["betreft"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(["aanvrager", "partner", "kind"], betreft);
    }

    private static SmiCase With(SmiCase zaak, Betrokkene? betreft, string? kind) =>
        zaak with { Indicatie = zaak.Indicatie! with { Betreft = betreft, Kind = kind } };

    private static string Text(SmiCase zaak, string document, string language, string profile = "voorbeeldstad")
        => LetterText.Of(Examples.Composer.Compose(zaak, Examples.Profile(profile), document, language));
}
