using System.Text.Json.Nodes;
using NJsonSchema;
using Smi.Docs.Cases;
using Smi.Docs.Forms;
using Smi.Docs.Tests.EndToEnd;
using Smi.Docs.Tests.Input;

namespace Smi.Docs.Tests.Forms;

/// <summary>A sent online application becomes a case the schema accepts and the engine renders a grant from, unchanged.</summary>
public sealed class FormCaseTests
{
    private static readonly DateOnly Received = new(2026, 12, 5);

    [Fact]
    public async Task The_case_is_valid_against_the_schema_and_renders_a_toekenning()
    {
        var zaak = FormCase.From(FormAnswersExample.Complete(), Examples.Voorbeeldstad, "SMI-WEB-7K3P9Q", Received);
        var schema = await JsonSchema.FromJsonAsync(RepositoryFiles.Read("schemas", "smi-case.schema.json"), TestContext.Current.CancellationToken);

        Assert.Empty(schema.Validate(zaak.ToJsonString()));
        var letter = LetterText.Of(Examples.Composer.Compose(CaseReader.Read(zaak.ToJsonString(), "aanvraag.json"), Examples.Voorbeeldstad, "toekenning", "nl"));
        Assert.Contains("SMI-WEB-7K3P9Q", letter, StringComparison.Ordinal);
        Assert.Contains("NL91 ABNA 0417 1643 00", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void The_answers_map_back_onto_what_the_form_prefills()
    {
        var zaak = FormCase.From(FormAnswersExample.Complete(), Examples.Voorbeeldstad, "SMI-WEB-7K3P9Q", Received);
        var child = zaak["kinderen"]![0]!;

        Assert.Equal("A.J.", (string?)zaak["aanvrager"]!["voorletters"]);
        Assert.Equal("de", (string?)zaak["aanvrager"]!["tussenvoegsel"]);
        Assert.Equal(("Kastanjelaan", "27", "1234 AB"), ((string?)zaak["adres"]!["straat"], (string?)zaak["adres"]!["huisnummer"], (string?)zaak["adres"]!["postcode"]));
        Assert.Null(zaak["partner"]);
        Assert.Equal("2025-03-14", (string?)child["geboortedatum"]);
        Assert.Equal("123456789", (string?)child["opvang"]!["lrkNummer"]);
        Assert.Equal(11.85m, (decimal)child["opvang"]!["uurprijs"]!);
        // 21 hours a week × 52 / 12 = 91 hours a month
        Assert.Equal(91m, (decimal)child["opvang"]!["urenPerMaand"]!);
        // Voorbeeldstad's basisaanbod is 6 months: 1 December 2026 up to and including 31 May 2027
        Assert.Equal(("2026-12-01", "2027-05-31"), ((string?)zaak["periode"]!["begin"], (string?)zaak["periode"]!["eind"]));
        // 2100 a month × 12
        Assert.Equal(25200m, (decimal)zaak["toetsingsinkomen"]!);
        Assert.Equal("Ik heb dan een behandeling en moet daarna rusten.", (string?)zaak["indicatie"]!["reden"]);
        Assert.DoesNotContain("111222333", zaak.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partner_and_payment_to_the_childcare_come_through()
    {
        var answers = FormAnswersExample.Complete();
        answers.Values["partner-aanwezig"] = "ja";
        answers.Values["partner-voorletters"] = "B.";
        answers.Values["partner-achternaam"] = "Jansen";
        answers.Values["inkomen-partner"] = "1500,50";
        answers.Values["betaling-aan"] = "opvang";

        var zaak = FormCase.From(answers, Examples.Voorbeeldstad, "SMI-WEB-2", Received);

        Assert.Equal("Jansen", (string?)zaak["partner"]!["achternaam"]);
        Assert.Equal(new JsonObject { ["aan"] = "opvang" }.ToJsonString(), zaak["betaling"]!.ToJsonString());
        // (2100 + 1500.50) × 12
        Assert.Equal(43206m, (decimal)zaak["toetsingsinkomen"]!);
    }
}
