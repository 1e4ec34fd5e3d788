using AngleSharp.Html.Parser;
using Smi.Docs.Html;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class OntbrekendeGegevensHtmlTests
{
    public static TheoryData<string> Cases => [.. OntbrekendeGegevensCases.All];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_matches_the_approved_snapshot(string caseName)
    {
        var html = new HtmlLetterRenderer().Render(OntbrekendeGegevensCases.Compose(caseName));

        Approvals.Verify(HtmlSnapshot.Normalize(html), $"ontbrekende-gegevens.{caseName}", "html");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_is_semantic_with_question_headings_and_a_heading_per_item(string caseName)
    {
        var document = new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(OntbrekendeGegevensCases.Compose(caseName)));

        Assert.Equal("nl-NL", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.All(document.QuerySelectorAll("h2"), h => Assert.EndsWith("?", h.TextContent.Trim()));
        Assert.Equal(Examples.Case(caseName).Ontbrekend!.Items.Count, document.QuerySelectorAll("main h3").Length);
        Assert.Empty(document.QuerySelectorAll("body [style], script"));
        Assert.Single(document.QuerySelectorAll("address.geadresseerde"));
    }
}
