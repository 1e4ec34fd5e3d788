using AngleSharp.Html.Parser;
using Smi.Docs.Html;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class AfwijzingHtmlTests
{
    public static TheoryData<string> Cases => [.. TestPaths.AfwijzingCases];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_matches_the_approved_snapshot(string caseName)
    {
        var html = new HtmlLetterRenderer().Render(Examples.Afwijzing(caseName));

        Approvals.Verify(HtmlSnapshot.Normalize(html), $"afwijzing.{caseName}", "html");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_is_semantic_with_question_headings_and_a_heading_per_reason(string caseName)
    {
        var document = new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(Examples.Afwijzing(caseName)));

        Assert.Equal("nl-NL", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.All(document.QuerySelectorAll("h2"), h => Assert.EndsWith("?", h.TextContent.Trim()));
        Assert.Equal(Examples.Case(caseName).Afwijzing!.Redenen.Count, document.QuerySelectorAll("main h3").Length);
        Assert.Empty(document.QuerySelectorAll("body [style], script"));
        Assert.Empty(document.QuerySelectorAll("main table"));
        Assert.Single(document.QuerySelectorAll("address.geadresseerde"));
    }
}
