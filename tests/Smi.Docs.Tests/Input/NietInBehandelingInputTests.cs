using System.Text.Json.Nodes;
using NJsonSchema;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Tests.EndToEnd;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.Input;

/// <summary>
/// The nietInBehandeling block (Awb 4:5 lid 1): the letter that gave the hersteltermijn follows the application, its
/// term ends after it, and the decision comes only when the term is over. The incomplete application is no longer a
/// refusal reason: the old code is refused with a pointer to the new document.
/// </summary>
public sealed class NietInBehandelingInputTests
{
    [Fact]
    public void Example_reads_with_its_letter_and_the_items_still_missing()
    {
        var zaak = Examples.Case(NietInBehandelingCases.Example);

        Assert.Equal(new Herstelbrief(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 30)), zaak.NietInBehandeling!.Herstelbrief);
        Assert.Equal(["inkomensgegevens", "verklaring-zorgverlener"], zaak.Ontbrekend!.Items.Select(i => i.Code));
        Assert.Null(zaak.Afwijzing);
        Assert.Null(zaak.Periode);
    }

    [Fact]
    public void A_letter_before_the_application_is_located()
    {
        var json = NietInBehandelingCases.Changed(r => r["nietInBehandeling"]!["herstelbrief"]!["datum"] = "2026-11-01");

        Assert.Equal([(CaseCodes.HerstelbriefVoorAanvraag.Id, "$.nietInBehandeling.herstelbrief.datum")], Found(json));
    }

    [Fact]
    public void A_term_that_ends_on_its_letters_date_is_located()
    {
        var json = NietInBehandelingCases.Changed(r => r["nietInBehandeling"]!["herstelbrief"]!["termijnEinde"] = "2026-11-16");

        Assert.Equal([(CaseCodes.HersteltermijnVoorHerstelbrief.Id, "$.nietInBehandeling.herstelbrief.termijnEinde")], Found(json));
    }

    [Fact]
    public void Deciding_on_the_last_day_of_the_term_is_too_early()
    {
        // Awb 4:5 lid 1: the parent may still complete the application on 30 November itself.
        var json = NietInBehandelingCases.Changed(r => r["besluitdatum"] = "2026-11-30");

        var error = Assert.Single(Errors(json));

        Assert.Equal((CaseCodes.HersteltermijnNietVoorbij.Id, "$.besluitdatum"), (error.Code, error.Location.JsonPath));
        Assert.Contains("Awb 4:5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_refusal_reason_points_to_the_new_document()
    {
        var json = AfwijzingCases.WithReasons(("niet-in-doelgroep", null), ("aanvraag-onvolledig-na-hersteltermijn", null));

        var error = Assert.Single(Errors(json));

        Assert.Equal((CaseCodes.RedenIsEigenBesluit.Id, "$.afwijzing.redenen[1].code"), (error.Code, error.Location.JsonPath));
        Assert.Contains("'niet-in-behandeling'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Awb 4:5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Example_validates_and_the_schema_keeps_the_blocks_apart()
    {
        var schema = await JsonSchema.FromJsonAsync(RepositoryFiles.Read("schemas", "smi-case.schema.json"), TestContext.Current.CancellationToken);

        Assert.Empty(schema.Validate(Example(NietInBehandelingCases.Example)));
        Assert.NotEmpty(schema.Validate(NietInBehandelingCases.Changed(r => r.Remove("ontbrekend"))));
        Assert.NotEmpty(schema.Validate(NietInBehandelingCases.Changed(r => r["afwijzing"] = JsonNode.Parse("""{ "redenen": [ { "code": "niet-in-doelgroep" } ] }"""))));
        Assert.NotEmpty(schema.Validate(NietInBehandelingCases.Changed(r => r["nietInBehandeling"]!["herstelbrief"]!.AsObject().Remove("termijnEinde"))));
        Assert.NotEmpty(schema.Validate(AfwijzingCases.WithReasons(("aanvraag-onvolledig-na-hersteltermijn", null))));
    }
}
