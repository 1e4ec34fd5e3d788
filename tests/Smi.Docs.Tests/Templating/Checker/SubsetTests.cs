using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

/// <summary>Scriban that letters need not use is refused (SMI3015), with what to write instead.</summary>
public sealed class SubsetTests
{
    [Theory]
    [InlineData("{{ 1..5 }}", "(1,4)-(1,7)", "a range ('1..N') is not allowed")]
    [InlineData("{{ 1..<5 }}", "(1,4)-(1,8)", "a range ('1..N') is not allowed")]
    [InlineData("{{ 'A' * 200000000 }}", "(1,4)-(1,18)", "the operator '*' is not allowed")]
    [InlineData("{{ totaal + 1 }}", "(1,4)-(1,13)", "the operator '+' is not allowed")]
    [InlineData("{{ if totaal > 1 }}x{{ end }}", "(1,7)-(1,16)", "the operator '>' is not allowed")]
    [InlineData("{{ if titel == 'x' }}x{{ end }}", "(1,7)-(1,18)", "the operator '==' is not allowed")]
    [InlineData("{{ x = 1 }}", "(1,4)-(1,8)", "an assignment is not allowed")]
    [InlineData("{{ titel | datum }}", "(1,4)-(1,16)", "a pipe ('x | f') is not allowed")]
    [InlineData("{{ datum(besluitdatum) }}", "(1,4)-(1,22)", "a call with parentheses is not allowed")]
    [InlineData("{{ bijlagen[0] }}", "(1,4)-(1,14)", "an indexer ('x[0]') is not allowed")]
    [InlineData("{{ (titel) }}", "(1,4)-(1,10)", "parentheses are only for grouping a condition")]
    [InlineData("{{ 'tekst' }}", "(1,4)-(1,10)", "a tag does not print a literal")]
    [InlineData("{{ !titel }}", "(1,4)-(1,9)", "'!' is only allowed as '!' in a condition")]
    [InlineData("{{ $x }}", "(1,4)-(1,5)", "a local variable ('$x') is not allowed")]
    [InlineData("{{ if datum besluitdatum }}x{{ end }}", "(1,7)-(1,24)", "a condition tests data; a function formats it")]
    public void Expression_outside_the_subset_is_refused_at_its_span(string template, string span, string message) =>
        Assert.StartsWith(message, Single(Check(template), "SMI3015", span).Message);

    [Theory]
    [InlineData("{{ func f; ret 1; end }}", 4)]
    [InlineData("{{ import aanvrager }}", 4)]
    [InlineData("{{ capture x }}a{{ end }}", 4)]
    [InlineData("{{ while titel }}a{{ end }}", 4)]
    [InlineData("{{ case titel }}{{ when 'a' }}b{{ end }}", 4)]
    [InlineData("{{ with aanvrager }}a{{ end }}", 4)]
    [InlineData("{{ wrap datum }}a{{ end }}", 4)]
    [InlineData("{{ tablerow k in kinderen }}a{{ end }}", 4)]
    [InlineData("{{ readonly titel }}", 4)]
    [InlineData("{{ ret }}", 4)]
    [InlineData("{{ for k in kinderen }}{{ break }}{{ end }}", 27)]
    [InlineData("{{ for k in kinderen }}{{ continue }}{{ end }}", 27)]
    [InlineData("{{ $\"a{titel}\" }}", 4)]
    [InlineData("{{ [1, 2] }}", 4)]
    [InlineData("{{ {a: 1} }}", 4)]
    [InlineData("{{ for k in kinderen limit:1 }}{{ end }}", 22)]
    [InlineData("{{ for k in 1..3 }}{{ end }}", 13)]
    [InlineData("{{ do; ret 1; end }}", 4)]
    public void Statement_outside_the_subset_is_refused_where_it_starts(string template, int column)
    {
        var d = Assert.Single(Check(template));
        Assert.Equal("SMI3015", d.Code);
        Assert.Equal((1, column), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Refusal_says_what_to_write_instead() =>
        Assert.Equal("'while' is not allowed; letters use text, '{{ pad.naar.waarde }}', '{{ datum x }}'-style functions, if/else, 'for x in lijst', include 'naam' and comments",
            Single(Check("{{ while titel }}a{{ end }}"), "SMI3015", "(1,4)-(1,24)").Message);
}
