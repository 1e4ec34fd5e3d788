using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

public sealed class SyntaxErrorTests
{
    [Fact]
    public void Unclosed_tag_is_reported_at_its_opening_braces()
    {
        var d = Single(Check("Beste {{aanvrager.achternaam},\n{{titel}}"), "SMI3001", 1, 7);
        Assert.Equal("brief.hbs(1,7): error SMI3001: '{{' is not closed with '}}'", d.ToString());
    }

    [Fact]
    public void Unclosed_tag_at_end_of_file_is_reported() =>
        Single(Check("{{titel}}\nMet vriendelijke groet {{titel"), "SMI3001", 2, 24);

    [Fact]
    public void Unclosed_comment_is_reported() =>
        Single(Check("tekst\n  {{!-- nog niet af }}"), "SMI3001", 2, 3);

    [Theory]
    [InlineData("{{}}")]
    [InlineData("{{  }}")]
    [InlineData("{{~~}}")]
    public void Empty_tag_is_reported(string template) => Single(Check(template), "SMI3002", 1, 1);

    [Theory]
    [InlineData("x {{#als titel}}a{{/als}}")]
    [InlineData("x {{#if}}a{{/if}}")]
    [InlineData("x {{#each kinderen bijlagen}}a{{/each}}")]
    [InlineData("x {{#if \"ja\"}}a{{/if}}")]
    [InlineData("x {{#}}")]
    public void Unknown_or_malformed_block_is_reported(string template) =>
        Assert.Contains(Check(template), d => d.Code == "SMI3003" && d.Location.Line == 1 && d.Location.Column == 3);

    [Fact]
    public void Close_without_open_is_reported() =>
        Single(Check("{{titel}}\n\n   {{/if}}"), "SMI3004", 3, 4);

    [Fact]
    public void Open_block_without_close_is_reported_at_the_open_tag()
    {
        var d = Single(Check("{{titel}}\n{{#each kinderen}}\n- {{voornaam}}\n"), "SMI3005", 2, 1);
        Assert.Contains("{{/each}}", d.Message);
    }

    [Fact]
    public void Mismatched_close_is_reported_once_at_the_close_tag()
    {
        var d = Single(Check("{{#if isVerlenging}}\nverlengd\n{{/each}}"), "SMI3006", 3, 1);
        Assert.Contains("(1,1)", d.Message);
    }

    [Fact]
    public void Else_outside_a_block_is_reported() =>
        Single(Check("a {{else}} b"), "SMI3007", 1, 3);

    [Fact]
    public void Second_else_in_one_block_is_reported() =>
        Single(Check("{{#if partner}}a{{else}}b{{else}}c{{/if}}"), "SMI3007", 1, 26);

    [Theory]
    [InlineData("Naam: {{{aanvrager.achternaam}}}")]
    [InlineData("Naam: {{~{aanvrager.achternaam}~}}")]
    [InlineData("Naam: {{& aanvrager.achternaam}}")]
    [InlineData("Naam: {{~& aanvrager.achternaam~}}")]
    [InlineData("Naam: {{{{raw}}}} {{{{/raw}}}}")]
    public void Unescaped_output_is_forbidden(string template) =>
        Assert.Equal("SMI3008", Assert.Single(Check(template), d => d.Location.Column == 7).Code);

    [Theory]
    [InlineData("{{datum (getal bedrag)}}")]
    [InlineData("{{datum besluitdatum formaat=\"lang\"}}")]
    [InlineData("{{#each kinderen as |kind|}}{{/each}}")]
    [InlineData("{{^if titel}}x{{/if}}")]
    [InlineData("{{@root.titel}}")]
    [InlineData("{{kinderen.[0].voornaam}}")]
    [InlineData("{{aanvrager/achternaam}}")]
    [InlineData("{{#if titel}}a{{else if bedrag}}b{{/if}}")]
    [InlineData("{{> kop titel}}")]
    [InlineData("{{#> kop}}x{{/kop}}")]
    [InlineData("{{datum \"niet af}}")]
    public void Syntax_outside_our_subset_is_reported(string template) =>
        Assert.Contains(Check(template), d => d.Code == "SMI3015");

    [Fact]
    public void Escaped_braces_are_text_not_a_tag() =>
        Assert.Empty(Check(@"Schrijf \{{naam}} letterlijk, maar {{titel}} niet."));
}
