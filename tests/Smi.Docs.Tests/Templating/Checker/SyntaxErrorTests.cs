using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

/// <summary>What Scriban cannot parse is SMI3001, located; SMI3002–SMI3008 of the old tag scanner are retired.</summary>
public sealed class SyntaxErrorTests
{
    [Fact]
    public void Unexpected_token_is_reported_where_it_stands() =>
        Assert.Equal("brief.sbn-md(1,30)-(1,30): error SMI3001", Heads(Check("Beste {{ aanvrager.achternaam,\n{{ titel }}")).First());

    [Fact]
    public void Block_without_end_is_reported_where_the_file_ends()
    {
        var d = Single(Check("{{ titel }}\n{{ for kind in kinderen }}\n- {{ kind.voornaam }}\n"), "SMI3001", "(3,22)-(3,22)");
        Assert.Contains("<end> statement was not found", d.Message);
    }

    [Fact]
    public void Stray_end_is_reported_at_the_end() =>
        Single(Check("{{ titel }}\n\n   {{ end }}"), "SMI3001", "(3,9)-(3,9)");

    [Fact]
    public void Else_outside_a_block_is_reported() =>
        Assert.Contains(Check("a {{ else }} b"), d => d.Code == "SMI3001" && d.Location.Line == 1 && d.Location.Column == 6);

    [Fact]
    public void Too_deep_an_expression_is_a_syntax_error_not_a_stack_overflow()
    {
        var nest = new string('(', 4096) + "titel" + new string(')', 4096);
        var diagnostics = Check("{{ if " + nest + " }}x{{ end }}");
        Assert.Contains(diagnostics, d => d.Code == "SMI3001" && d.Location.Line == 1);
    }

    [Fact]
    public void Blocks_nested_deeper_than_the_limit_are_a_located_syntax_error_not_a_stack_overflow()
    {
        // Issue 11: 100 000 nested conditions ended the process. Scriban's parser counts statements against the same
        // depth limit as expressions, so the 64th level is refused where it stands, before the checker walks the tree.
        const int depth = 100_000;
        var text = string.Concat(Enumerable.Repeat("{{ if titel }}", depth)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", depth));
        var d = Assert.Single(Check(text), d => d.Code == "SMI3001");
        Assert.Equal((1, 14 * 63 + 4), (d.Location.Line, d.Location.Column)); // the `if` of the 64th level
        Assert.Contains("depth limit `64`", d.Message);
    }

    [Fact]
    public void Blocks_nested_to_the_limit_are_fine()
    {
        var text = string.Concat(Enumerable.Repeat("{{ for kind in kinderen }}", 63)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", 63));
        Assert.DoesNotContain(Check(text), d => d.Code == "SMI3001");
    }

    [Fact]
    public void Comments_and_escaped_braces_are_not_tags() =>
        Assert.Empty(Check("{{## {{ onbekend }} ##}}{{# kort }}Schrijf {%{{{ naam }}}%} letterlijk, maar {{ titel }} niet."));
}
