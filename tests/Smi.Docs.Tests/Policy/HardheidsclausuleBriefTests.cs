using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Smi.Docs.Cases;
using Smi.Docs.Html;
using Smi.Docs.Policy;
using Smi.Docs.Tests.EndToEnd;

namespace Smi.Docs.Tests.Policy;

/// <summary>
/// Letters offer the hardheidsclausule only where it covers the reason at hand (regeling.hardheidsclausule.wijktAfVan):
/// a refusal when it covers every reason's condition, a grant next to the maximum duration when it covers 'duur'.
/// Oude IJsselstreek's own clause (art. 7, only art. 6) is in <see cref="InkomenstoetsTests"/>.
/// </summary>
public sealed class HardheidsclausuleBriefTests
{
    [Fact]
    public void A_refusal_under_a_verordening_with_a_clause_over_everything_offers_the_clause()
    {
        var text = Afwijzing(Examples.Profile("beemster"), "voorliggende-voorziening-kot");

        Assert.Contains("Dan kunnen wij soms afwijken van de regels. Dat staat in artikel 14 van de Verordening sociaal medische indicatie gemeente Beemster 2021.", text);
        Assert.DoesNotContain("4:84", text);
    }

    [Fact]
    public void A_grant_offers_the_clause_next_to_the_extensions_only_when_it_covers_the_duration()
    {
        var zaak = Bso();
        var beemster = Examples.Profile("beemster");
        var zonderDuur = ProfileReader.Read(File.ReadAllText(TestPaths.Profile("beemster")).Replace("wijktAfVan: [alles]", "wijktAfVan: [inkomen]", StringComparison.Ordinal), TestPaths.Profile("beemster"));

        Assert.Contains("Dan kunnen wij soms afwijken van de regels (artikel 14", Text(Examples.Composer.Compose(zaak, beemster, "toekenning", "nl")));
        Assert.DoesNotContain("artikel 14", Text(Examples.Composer.Compose(zaak, zonderDuur, "toekenning", "nl")));
    }

    [Fact]
    public void A_refusal_offers_the_clause_only_when_it_covers_every_reason()
    {
        var path = TestPaths.Profile("beemster");
        var alleenDoelgroep = ProfileReader.Read(File.ReadAllText(path).Replace("wijktAfVan: [alles]", "wijktAfVan: [doelgroep]", StringComparison.Ordinal), path);

        var gedekt = Afwijzing(alleenDoelgroep, "niet-in-doelgroep");
        var deels = Afwijzing(alleenDoelgroep, "niet-in-doelgroep", "voorliggende-voorziening-kot");

        Assert.Contains("Dan kunnen wij soms afwijken van de regels. Dat staat in artikel 14", gedekt);
        Assert.DoesNotContain("artikel 14", deels);
        // A verordening is no beleidsregel: Awb 4:84 does not apply.
        Assert.DoesNotContain("4:84", deels);
    }

    private static string Afwijzing(MunicipalityProfile profile, params string[] codes) =>
        LetterText.Of(AfwijzingCases.Html(CaseReader.Read(AfwijzingCases.WithReasons([.. codes.Select(c => (c, (string?)null))]), "afwijzing.json"), profile));

    private static string Text(Smi.Docs.Documents.LetterDocument letter) => Smi.Docs.Tests.EndToEnd.LetterText.Of(letter);

    private static SmiCase Bso() =>
        Examples.Case("toekenning-berekend-bso") with { Periode = new Periode(new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)) };
}
