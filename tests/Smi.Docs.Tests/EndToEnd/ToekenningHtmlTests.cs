using AngleSharp.Html.Parser;
using Smi.Docs.Html;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class ToekenningHtmlTests
{
    public static TheoryData<string> Cases => [.. TestPaths.ToekenningCases];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_matches_the_approved_snapshot(string caseName)
    {
        var html = new HtmlLetterRenderer().Render(Examples.Toekenning(caseName));

        Approvals.Verify(HtmlSnapshot.Normalize(html), $"toekenning.{caseName}", "html");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_is_semantic_and_has_no_inline_styles_or_scripts(string caseName)
    {
        var document = new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(Examples.Toekenning(caseName)));

        Assert.Equal("nl-NL", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", document.DocumentElement.GetAttribute("dir"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.All(document.QuerySelectorAll("h2"), h => Assert.EndsWith("?", h.TextContent.Trim()));
        var tables = document.QuerySelectorAll("main table");
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.All(t.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope"))));
        Assert.Empty(document.QuerySelectorAll("body [style], script"));
        Assert.NotEmpty(document.Title ?? "");
        Assert.Single(document.QuerySelectorAll("address.geadresseerde"));
    }

    [Fact]
    public void Same_input_gives_the_same_html()
    {
        var renderer = new HtmlLetterRenderer();
        Assert.Equal(
            renderer.Render(Examples.Toekenning(TestPaths.ToekenningCases[1])),
            renderer.Render(Examples.Toekenning(TestPaths.ToekenningCases[1])));
    }
}
