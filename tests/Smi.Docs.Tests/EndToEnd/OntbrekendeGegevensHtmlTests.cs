using AngleSharp.Html.Parser;
using Smi.Docs.Html;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class OntbrekendeGegevensHtmlTests
{
    public static TheoryData<string, string> Cases => OntbrekendeGegevensCases.AllWithProfiles();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_matches_the_approved_snapshot(string profileId, string caseName)
    {
        var html = new HtmlLetterRenderer().Render(OntbrekendeGegevensCases.Compose(profileId, caseName));

        Approvals.Verify(HtmlSnapshot.Normalize(html), $"ontbrekende-gegevens.{profileId}.{caseName}", "html");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_is_semantic_with_question_headings_and_a_heading_per_item(string profileId, string caseName)
    {
        var document = new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(OntbrekendeGegevensCases.Compose(profileId, caseName)));

        Assert.Equal("nl-NL", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.All(document.QuerySelectorAll("h2"), h => Assert.EndsWith("?", h.TextContent.Trim()));
        Assert.Equal(Examples.Case(caseName).Ontbrekend!.Items.Count, document.QuerySelectorAll("main h3").Length);
        Assert.Empty(document.QuerySelectorAll("body [style], script"));
        Assert.Single(document.QuerySelectorAll("address.geadresseerde"));
    }
}
