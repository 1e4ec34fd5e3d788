using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Smi.Docs.Documents;

namespace Smi.Docs.Tests.Languages;

/// <summary>The U+2068 … U+2069 pairs of the template runtime become isolate nodes; renderers never see the marks.</summary>
public sealed class DirectionIsolateTests
{
    [Fact]
    public void A_pair_becomes_an_isolate_holding_the_text_between()
    {
        var inlines = Inlines("في \u20685 أكتوبر 2026\u2069 استلمنا");

        Assert.Equal(["Literal:في ", "Isolate[Literal:5 أكتوبر 2026]", "Literal: استلمنا"], inlines.Select(Describe));
    }

    [Fact]
    public void An_escaped_value_stays_one_isolate_with_its_escapes_as_text()
    {
        var isolate = Assert.IsType<DirectionIsolate>(Assert.Single(Inlines("\u20685\\,886\\.30 €\u2069")));

        Assert.Equal("5,886.30 €", string.Concat(isolate.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
    }

    [Fact]
    public void An_isolate_inside_emphasis_is_a_child_of_the_emphasis()
    {
        var emphasis = Assert.IsType<EmphasisInline>(Assert.Single(Inlines("**\u2068Noor de Wit\u2069**")));

        Assert.Equal("Isolate[Literal:Noor de Wit]", Describe(Assert.Single(emphasis)));
    }

    [Fact]
    public void Pairs_nest()
    {
        var inlines = Inlines("\u2068a \u2068b\u2069 c\u2069");

        Assert.Equal(["Isolate[Literal:a , Isolate[Literal:b], Literal: c]"], inlines.Select(Describe));
    }

    [Theory]
    [InlineData("a \u2068b", "Literal:a , Literal:\u2068, Literal:b")]
    [InlineData("a\u2069 b", "Literal:a, Literal:\u2069, Literal: b")]
    [InlineData("\u2069a\u2068", "Literal:\u2069, Literal:a, Literal:\u2068")]
    public void An_unpaired_mark_stays_text(string markdown, string expected) =>
        Assert.Equal(expected, string.Join(", ", Inlines(markdown).Select(Describe)));

    [Fact]
    public void A_pair_split_by_emphasis_is_not_an_isolate()
    {
        var inlines = Inlines("\u2068a **b\u2069 c**");

        Assert.Empty(Parse("\u2068a **b\u2069 c**").Descendants<DirectionIsolate>());
        Assert.Equal("Literal:\u2068", Describe(inlines[0]));
    }

    [Fact]
    public void A_value_marked_inert_from_case_data_is_no_isolate()
    {
        // Case data cannot bring marks: InertText shows them, and the escaper writes what InertText gives.
        var markdown = Smi.Docs.Templating.MarkdownEscaper.Escape("\u2068evil\u2069");

        Assert.Empty(Parse(markdown).Descendants<DirectionIsolate>());
        Assert.DoesNotContain('\u2068', markdown);
    }

    private static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, SmiMarkdown.Pipeline);

    private static List<Inline> Inlines(string markdown) =>
        Parse(markdown).Descendants<ParagraphBlock>().Single().Inline!.ToList();

    private static string Describe(Inline inline) => inline switch
    {
        DirectionIsolate isolate => $"Isolate[{string.Join(", ", isolate.Select(Describe))}]",
        LiteralInline literal => $"Literal:{literal.Content}",
        _ => inline.GetType().Name,
    };
}
