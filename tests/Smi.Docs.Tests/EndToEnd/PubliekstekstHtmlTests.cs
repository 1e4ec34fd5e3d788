using AngleSharp.Html.Parser;
using Smi.Docs.Html;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// The publiekstekst as a web page: semantic HTML that a municipality pastes into its site by copying the inside of
/// &lt;main&gt;, so that part must carry no inline style, no script and no letter frame. The matrix approves its snapshots.
/// </summary>
public sealed class PubliekstekstHtmlTests
{
    public static TheoryData<string> Profiles => [.. TestPaths.Profiles];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Html_is_a_semantic_page_without_styles_scripts_or_letter_frame(string profile)
    {
        var document = new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(Examples.Publiekstekst(profile)));

        Assert.Equal("nl-NL", document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(document.QuerySelectorAll("[style], script"));
        Assert.Empty(document.QuerySelectorAll(".venster, address.geadresseerde, .aanhef, .kenmerken, .ondertekening"));
        var main = Assert.Single(document.QuerySelectorAll("main"));
        Assert.Single(main.QuerySelectorAll("h1"));
        var headings = main.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal(
            ["Wat is SMI?", "Voor wie is het?", "Wat zijn de voorwaarden?", "Wat krijgt u en wat betaalt u zelf?", "Hoe vraagt u het aan?",
             "Wat stuurt u mee?", "Hoe lang duurt het?", "Wat moet u doorgeven?", "Hulp nodig?"],
            headings);
        // The pasteable part holds content elements only: no class a municipal site's stylesheet would not know but the table's alignment.
        Assert.All(main.QuerySelectorAll("[class]"), e => Assert.Equal("rechts", e.GetAttribute("class")));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void The_worked_example_is_a_table_with_header_cells(string profile)
    {
        var document = new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(Examples.Publiekstekst(profile)));

        var table = Assert.Single(document.QuerySelectorAll("main table"));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Contains("U betaalt zelf", table.TextContent);
    }
}
