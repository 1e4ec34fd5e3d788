using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Smi.Docs.Html;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// The example letters and forms as HTML: snapshots of the examples the document matrix does not render, and the
/// structure every letter shares. The forms and the publiekstekst have their own structure tests.
/// </summary>
public sealed class ExampleHtmlTests
{
    public static TheoryData<string, string?, string> BeyondMatrix => DocumentExamples.BeyondMatrix();

    public static TheoryData<string, string, string> Letters => DocumentExamples.LettersOf("toekenning", "verlenging", "afwijzing", OntbrekendeGegevensCases.DocumentId);

    public static TheoryData<string, string, string> LettersWithAmounts => DocumentExamples.LettersOf("toekenning", "verlenging");

    public static TheoryData<string, string, string> LettersWithAHeadingPerPoint => DocumentExamples.LettersOf("afwijzing", OntbrekendeGegevensCases.DocumentId);

    [Theory]
    [MemberData(nameof(BeyondMatrix))]
    public void Html_matches_the_approved_snapshot(string document, string? caseName, string profile)
    {
        var html = Render(document, caseName, profile);

        Approvals.Verify(HtmlSnapshot.Normalize(html), DocumentExamples.SnapshotName(document, caseName, profile), "html");
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void Letter_is_semantic_with_question_headings_one_address_and_no_inline_styles(string document, string caseName, string profile)
    {
        var page = Parse(document, caseName, profile);

        Assert.Equal("nl-NL", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.NotEmpty(page.Title ?? "");
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.All(page.QuerySelectorAll("h2"), h => Assert.EndsWith("?", h.TextContent.Trim()));
        Assert.Empty(page.QuerySelectorAll("body [style], script"));
        Assert.Single(page.QuerySelectorAll("address.geadresseerde"));
    }

    [Theory]
    [MemberData(nameof(LettersWithAmounts))]
    public void Amounts_are_in_tables_with_column_headers(string document, string caseName, string profile)
    {
        var tables = Parse(document, caseName, profile).QuerySelectorAll("main table");

        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.All(t.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope"))));
    }

    [Theory]
    [MemberData(nameof(LettersWithAHeadingPerPoint))]
    public void A_refusal_or_request_has_a_heading_per_reason_or_item_and_no_table(string document, string caseName, string profile)
    {
        var zaak = Examples.Case(caseName);
        var page = Parse(document, caseName, profile);

        Assert.Equal(zaak.Afwijzing?.Redenen.Count ?? zaak.Ontbrekend!.Items.Count, page.QuerySelectorAll("main h3").Length);
        Assert.Empty(page.QuerySelectorAll("main table"));
    }

    [Fact]
    public void Same_input_gives_the_same_html()
    {
        Assert.Equal(Render("toekenning", TestPaths.ToekenningCases[1], "voorbeeldstad"), Render("toekenning", TestPaths.ToekenningCases[1], "voorbeeldstad"));
    }

    private static string Render(string document, string? caseName, string profile) =>
        new HtmlLetterRenderer().Render(DocumentExamples.Compose(document, caseName, profile));

    private static IHtmlDocument Parse(string document, string? caseName, string profile) =>
        new HtmlParser().ParseDocument(Render(document, caseName, profile));
}
