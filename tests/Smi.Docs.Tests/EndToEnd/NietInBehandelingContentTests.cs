using Smi.Docs.Cases;
using Smi.Docs.Catalogues;
using Smi.Docs.Diagnostics;
using Smi.Docs.Tests.Policy;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// The decision not to process an incomplete application (Awb 4:5 lid 1): it names the application, the letter that
/// gave the hersteltermijn and its last day, what still lacks, the decision with its article, that the parent may apply
/// again, and — being a besluit — the bezwaarclausule (Awb 3:45). It decides nothing on the merits: no reasons of a
/// refusal, no amounts.
/// </summary>
public sealed class NietInBehandelingContentTests
{
    public static TheoryData<string> Profiles => [.. SeedProfiles.Ids];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void States_every_element_of_the_decision(string profileId)
    {
        var zaak = Examples.Case(NietInBehandelingCases.Example);
        var profile = SeedProfiles.Load(profileId);
        var text = LetterText.Of(NietInBehandelingCases.Html(zaak, profile));

        Assert.Contains("Op 9 november 2026 hebben wij uw aanvraag ontvangen.", text);
        Assert.Contains("Op 16 november 2026 hebben wij u een brief gestuurd.", text);
        Assert.Contains("U kon ze sturen tot en met 30 november 2026. Die tijd is voorbij.", text);
        foreach (var item in zaak.Ontbrekend!.Items)
        {
            Assert.Contains(OntbrekendeGegevensCatalogus.Standaard[item.Code].Titel, text);
        }
        Assert.DoesNotContain(OntbrekendeGegevensCatalogus.Standaard["contract-of-offerte-kinderopvang"].Titel, text); // it did arrive
        Assert.Contains("Wij behandelen uw aanvraag niet.", text);
        Assert.Contains("artikel 4:5, eerste lid, van de Algemene wet bestuursrecht", text);
        Assert.Contains(profile.Regeling.Titel, text);
        Assert.Contains("U kunt altijd opnieuw SMI aanvragen. Dat is dan een nieuwe aanvraag.", text);
        Assert.Contains("Dan kunt u bezwaar maken. Dat moet binnen zes weken.", text);                      // Awb 3:45
        Assert.Contains("De verzenddatum is 3 december 2026. U heeft dus tot en met 14 januari 2027.", text);
        Assert.Contains($"namens {profile.Ondertekening.Namens}", text);
        Assert.DoesNotContain("€", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Wij wijzen uw aanvraag af", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cites_the_regulations_own_article_on_the_application_when_it_has_one()
    {
        // Voorbeeldstad's regulation has artikel 4 on the application (regeling.artikelen.aanvraag); Beemster's profile names none,
        // so its letter cites the grant article, as a refusal does for a condition without its own article.
        var zaak = Examples.Case(NietInBehandelingCases.Example);
        var beemster = SeedProfiles.Load("beemster");

        Assert.Contains("De regels voor SMI staan in artikel 4 van de Verordening", LetterText.Of(NietInBehandelingCases.Html(zaak, Examples.Voorbeeldstad)));
        Assert.Contains($"De regels voor SMI staan in {beemster.Regeling.ArtikelToekenning} van de {beemster.Regeling.Titel}", LetterText.Of(NietInBehandelingCases.Html(zaak, beemster)));
    }

    [Fact]
    public void A_grant_block_or_a_childs_refusal_does_not_belong_in_it()
    {
        var zaak = Examples.Case(NietInBehandelingCases.Example) with { Periode = new Periode(new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30)) };

        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(zaak, Examples.Voorbeeldstad, NietInBehandelingCases.DocumentId, "nl")).Diagnostics);

        Assert.Equal((CaseCodes.BlokHoortNiet.Id, "$.periode"), (error.Code, error.Location.JsonPath));
    }

    [Fact]
    public void A_term_shorter_than_the_profiles_hersteltermijn_is_refused()
    {
        // Voorbeeldstad gives 14 days: a letter of Monday 16 November 2026 runs to Monday 30 November. A term to
        // 29 November is a day short, so Awb 4:5 lid 1 does not allow not processing yet.
        var zaak = Examples.Case(NietInBehandelingCases.Example) with
        {
            NietInBehandeling = new NietInBehandeling(new Herstelbrief(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 29))),
        };

        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(zaak, Examples.Voorbeeldstad, NietInBehandelingCases.DocumentId, "nl")).Diagnostics);

        Assert.Equal((CaseCodes.HersteltermijnKorterDanBeleid.Id, "$.nietInBehandeling.herstelbrief.termijnEinde"), (error.Code, error.Location.JsonPath));
        Assert.Contains("14 days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hersteltermijn_letter_refuses_a_case_that_is_already_decided_not_to_process()
    {
        var zaak = Examples.Case(NietInBehandelingCases.Example);

        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => Examples.Composer.Compose(zaak, Examples.Voorbeeldstad, "ontbrekende-gegevens", "nl")).Diagnostics);

        Assert.Equal((CaseCodes.BlokHoortNiet.Id, "$.nietInBehandeling"), (error.Code, error.Location.JsonPath));
    }
}
