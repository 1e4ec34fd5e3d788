using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

public sealed class PartialTests
{
    [Fact]
    public void Missing_partial_is_reported_where_it_is_included()
    {
        var d = Single(Check("Hoi\n{{ include 'ondertekening' }}", Partials(("contact", "x"))), "SMI3013", "(2,4)-(2,26)");
        Assert.Equal("partial 'ondertekening' does not exist", d.Message);
    }

    [Fact]
    public void Partial_name_must_be_a_quoted_literal() =>
        Single(Check("{{ include titel }}", Partials(("contact", "x"))), "SMI3013", "(1,4)-(1,16)");

    [Fact]
    public void Path_error_in_a_partial_is_located_in_the_partial_file()
    {
        var partials = Partials(("contact", "Bel ons.\n\nUw naam: {{ aanvrager.naam }}"));
        Single(Check("{{ titel }}\n{{ include 'contact' }}", partials), "SMI3009", "(3,13)-(3,26)", "partials/contact.sbn-md");
    }

    [Fact]
    public void Syntax_error_in_a_partial_is_reported_once_even_when_included_twice()
    {
        var partials = Partials(("kind", "{{ if titel }}{{ titel }}"));
        var d = Assert.Single(Check("{{ include 'kind' }}\n{{ include 'kind' }}", partials));
        Assert.Equal("SMI3001", d.Code);
        Assert.Equal("partials/kind.sbn-md", d.Location.File);
    }

    [Fact]
    public void Partial_sees_the_globals_only_never_the_loop_variables()
    {
        var partials = Partials(("kind", "- {{ kind.voornaam }} van {{ aanvrager.achternaam }}"));
        var inLoop = Check("{{ for kind in kinderen }}{{ include 'kind' }}{{ end }}", partials);
        Single(inLoop, "SMI3009", "(1,6)-(1,18)", "partials/kind.sbn-md");
        Assert.Equal(inLoop, Check("{{ include 'kind' }}", partials));
    }

    [Fact]
    public void Partial_recursion_is_reported_with_its_chain_and_does_not_loop()
    {
        var partials = Partials(("a", "{{ titel }} {{ include 'b' }}"), ("b", "\n  {{ include 'a' }}"));
        var d = Single(Check("{{ include 'a' }}", partials), "SMI3014", "(2,6)-(2,16)", "partials/b.sbn-md");
        Assert.Equal("partial 'a' includes itself (a > b > a)", d.Message);
    }

    [Fact]
    public void Partial_including_itself_is_reported() =>
        Single(Check("{{ include 'a' }}", Partials(("a", "{{ include 'a' }}"))), "SMI3014", "(1,4)-(1,14)", "partials/a.sbn-md");
}
