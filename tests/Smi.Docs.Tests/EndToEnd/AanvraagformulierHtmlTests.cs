using AngleSharp.Html.Parser;
using Smi.Docs.Html;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>The printed forms as HTML: a form, not a letter. Their snapshots are in <see cref="ExampleHtmlTests"/> and the matrix.</summary>
public sealed class AanvraagformulierHtmlTests
{
    public static TheoryData<string> Forms => FormExample.Names;

    [Theory]
    [MemberData(nameof(Forms))]
    public void Html_is_a_form_with_the_letterhead_but_no_address_window_or_salutation(string name)
    {
        var document = new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(Examples.Form(FormExample.Named(name))));

        Assert.Equal("nl-NL", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("header.briefhoofd"));
        Assert.Empty(document.QuerySelectorAll(".venster, address.geadresseerde, .aanhef"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.True(document.QuerySelectorAll("h2").Length >= 8);
        Assert.Empty(document.QuerySelectorAll("body [style], script"));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_question_is_a_row_header_next_to_its_answer_box(string name)
    {
        var document = new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(Examples.Form(FormExample.Named(name))));
        var rows = document.QuerySelectorAll(".invulvelden tbody tr");

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Equal("row", row.Children[0].GetAttribute("scope"));
            Assert.Equal("TH", row.Children[0].TagName);
            Assert.Equal("TD", row.Children[1].TagName);
        });
        Assert.NotEmpty(document.QuerySelectorAll(".schrijfvak"));
        Assert.All(document.QuerySelectorAll(".vinklijst li"), item => Assert.StartsWith("\u2610", item.TextContent));
    }
}
