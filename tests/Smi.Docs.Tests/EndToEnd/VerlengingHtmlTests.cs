using AngleSharp.Html.Parser;
using Smi.Docs.Html;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class VerlengingHtmlTests
{
    public static TheoryData<string, string> Cases => [.. TestPaths.VerlengingCases];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_matches_the_approved_snapshot(string caseName, string profileId)
    {
        var html = new HtmlLetterRenderer().Render(Examples.Verlenging(caseName, profileId));

        Approvals.Verify(HtmlSnapshot.Normalize(html), $"verlenging.{caseName}.{profileId}", "html");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_is_semantic_with_question_headings_and_no_inline_styles(string caseName, string profileId)
    {
        var document = new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(Examples.Verlenging(caseName, profileId)));

        Assert.Equal("nl-NL", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.All(document.QuerySelectorAll("h2"), h => Assert.EndsWith("?", h.TextContent.Trim()));
        Assert.NotEmpty(document.QuerySelectorAll("main table"));
        Assert.Empty(document.QuerySelectorAll("body [style], script"));
        Assert.Single(document.QuerySelectorAll("address.geadresseerde"));
    }
}
