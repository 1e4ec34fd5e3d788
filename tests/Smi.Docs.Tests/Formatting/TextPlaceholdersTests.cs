using Smi.Docs.Formatting;

namespace Smi.Docs.Tests.Formatting;

public sealed class TextPlaceholdersTests
{
    [Theory]
    [InlineData("Geachte {naam},", "naam", 8)]
    [InlineData("de gemeente {gemeente.naam}.", "gemeente.naam", 12)]
    [InlineData("{beleid.beslistermijnWeken} weken", "beleid.beslistermijnWeken", 0)]
    [InlineData("kind {kind2_naam}", "kind2_naam", 5)]
    [InlineData("{a.b.c}", "a.b.c", 0)]
    public void A_placeholder_is_found_with_its_name_and_span(string text, string name, int start)
    {
        var placeholder = Assert.Single(TextPlaceholders.Find(text));

        Assert.Equal(new TextPlaceholder(name, start, name.Length + 2), placeholder);
        Assert.Equal(placeholder.Text, text[placeholder.Start..placeholder.End]);
    }

    [Fact]
    public void Adjacent_placeholders_are_found_in_order_with_their_own_spans()
    {
        Assert.Equal(
            [new TextPlaceholder("pagina", 7, 8), new TextPlaceholder("paginas", 15, 9), new TextPlaceholder("a", 25, 3)],
            TextPlaceholders.Find("Pagina {pagina}{paginas} {a}"));
    }

    [Theory]
    [InlineData("{{naam}}")]
    [InlineData("{{naam}")]
    [InlineData("{naam}}")]
    [InlineData("{{{naam}}}")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("{}")]
    [InlineData("een { alleen")]
    [InlineData("{naam")]
    [InlineData("naam}")]
    [InlineData("{ naam }")]
    [InlineData("{naam }")]
    [InlineData("{ naam}")]
    [InlineData("{1}")]
    [InlineData("^[0-9]{9}$")]
    [InlineData("{_naam}")]
    [InlineData("{naam-kind}")]
    [InlineData("{a.}")]
    [InlineData("{.a}")]
    [InlineData("{a..b}")]
    [InlineData("{a.1}")]
    [InlineData("{ім'я}")]
    [InlineData("{naïef}")]
    [InlineData("{ veld: partner-aanwezig, is: ja }")]
    public void Text_outside_the_grammar_is_literal(string text)
    {
        Assert.Empty(TextPlaceholders.Find(text));
    }

    [Fact]
    public void A_literal_brace_next_to_a_placeholder_does_not_hide_it()
    {
        Assert.Equal([new TextPlaceholder("a", 2, 3), new TextPlaceholder("b", 12, 3)], TextPlaceholders.Find("{ {a} {{x}} {b}{"));
    }

    [Fact]
    public void Replace_fills_in_known_names_and_leaves_the_others_as_written()
    {
        var text = TextPlaceholders.Replace("{a} en {b} en {{a}} en { a }", p => p.Name == "a" ? "1" : null);

        Assert.Equal("1 en {b} en {{a}} en { a }", text);
    }

    [Fact]
    public void Replace_does_not_read_a_filled_in_value_as_a_placeholder()
    {
        var calls = new List<string>();

        var text = TextPlaceholders.Replace("{a}{b}", p =>
        {
            calls.Add(p.Name);
            return "{" + p.Name + "x}";
        });

        Assert.Equal("{ax}{bx}", text);
        Assert.Equal(["a", "b"], calls);
    }

    [Fact]
    public void Replace_gives_each_placeholder_its_span_in_the_original_text()
    {
        const string original = "x {a} yy {b.c}";

        var text = TextPlaceholders.Replace(original, p => original.Substring(p.Start, p.Length) == p.Text ? p.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) : "wrong");

        Assert.Equal("x 2 yy 9", text);
    }
}
