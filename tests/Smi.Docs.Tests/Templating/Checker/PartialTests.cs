using Smi.Docs.Templating;
using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

public sealed class PartialTests
{
    private static Dictionary<string, TemplateSource> Partials(params (string Name, string Text)[] partials) =>
        partials.ToDictionary(p => p.Name, p => new TemplateSource($"partials/{p.Name}.hbs", p.Text));

    [Fact]
    public void Missing_partial_is_reported_where_it_is_used() =>
        Single(Check("Hoi\n{{> ondertekening}}", Partials(("contact", "x"))), "SMI3013", 2, 1);

    [Fact]
    public void Path_error_in_a_partial_is_located_in_the_partial_file()
    {
        var partials = Partials(("contact", "Bel ons.\n\nUw naam: {{aanvrager.naam}}"));
        Single(Check("{{titel}}\n{{> contact}}", partials), "SMI3009", 3, 10, "partials/contact.hbs");
    }

    [Fact]
    public void Syntax_error_in_a_partial_is_reported_once_even_when_used_twice()
    {
        var partials = Partials(("kind", "{{#if voornaam}}{{voornaam}}"));
        var diagnostics = Check("{{#each kinderen}}{{> kind}}{{/each}}\n{{#each kinderen}}{{> kind}}{{/each}}", partials);
        Single(diagnostics, "SMI3005", 1, 1, "partials/kind.hbs");
    }

    [Fact]
    public void Partial_is_checked_in_the_scope_where_it_is_used()
    {
        var partials = Partials(("kind", "- {{voornaam}} ({{leeftijd}}) van {{../aanvrager.achternaam}}"));
        Assert.Empty(Check("{{#each kinderen}}{{> kind}}{{/each}}", partials));

        // The same partial at the top level: voornaam is not a field of the letter itself.
        var diagnostics = Check("{{> kind}}", partials);
        Assert.Equal(["SMI3009", "SMI3009", "SMI3009"], diagnostics.Select(d => d.Code));
        Assert.All(diagnostics, d => Assert.Equal("partials/kind.hbs", d.Location.File));
        Assert.Equal([3, 17, 35], diagnostics.Select(d => d.Location.Column!.Value));
    }

    [Fact]
    public void Partial_recursion_is_reported_and_does_not_loop()
    {
        var partials = Partials(("a", "{{titel}} {{> b}}"), ("b", "\n  {{> a}}"));
        var d = Single(Check("{{> a}}", partials), "SMI3014", 2, 3, "partials/b.hbs");
        Assert.Contains("a > b > a", d.Message);
    }

    [Fact]
    public void Partial_including_itself_is_reported() =>
        Single(Check("{{> a}}", Partials(("a", "{{> a}}"))), "SMI3014", 1, 1, "partials/a.hbs");
}
