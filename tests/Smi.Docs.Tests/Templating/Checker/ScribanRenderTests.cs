using Smi.Docs.Templating;
using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

/// <summary>
/// The checker's idea of scopes, names and partials must be what Scriban really does with our safe context; these
/// tests render checked templates with the real runtime.
/// </summary>
public sealed class ScribanRenderTests
{
    internal static readonly BriefModel Brief = new(
        "Besluit SMI",
        new DateOnly(2026, 3, 2),
        1234.5m,
        IsVerlenging: false,
        new PersoonModel("J.", "van", "Dijk", new AdresModel("Dorpsstraat 1", "Purmerend")),
        Partner: null,
        [
            new KindModel("Sara", 3, [new MaandModel("januari", 100m), new MaandModel("februari", 90m)]),
            new KindModel("Tim", 1, []),
        ],
        ["Loonstrook", "Verklaring"]);

    private static string Render(string template, IReadOnlyDictionary<string, TemplateSource>? partials = null) =>
        TemplateRun.Render(template, Brief, partials);

    [Fact]
    public void Checked_template_with_every_construct_renders_as_the_checker_expects()
    {
        Assert.Empty(Check(ValidTemplateTests.EveryConstruct, ValidTemplateTests.EveryConstructPartials));

        var output = Render(ValidTemplateTests.EveryConstruct, ValidTemplateTests.EveryConstructPartials);

        // Values are Markdown-escaped (J\. and 1\.234\,50), the template's own text is not ("0. Sara"); dates and
        // amounts keep their parts together with no-break spaces.
        const string nbsp = "\u00a0";
        Assert.Equal(
            $$"""

            # Besluit SMI

            Beste J\. van Dijk,

            U woont aan de Dorpsstraat 1 in Purmerend.
            U heeft geen partner.
            Dit is een eerste besluit.
            Besluit van 2{{nbsp}}maart{{nbsp}}2026, bedrag €{{nbsp}}1\.234\,50, 0\,5\%.

            0. Sara (3 jaar) eerste,
              - januari: €{{nbsp}}100\,00 voor Sara, Dijk
              - februari: €{{nbsp}}90\,00 voor Sara, Dijk
            1. Tim (1 jaar)

            - Loonstrook
            - Verklaring

            Met vriendelijke groet,

            Besluit SMI voor Dijk
            """,
            output);
    }

    [Theory]
    [InlineData("{{ for kind in kinderen }}{{ if kind.leeftijd }}{{ titel }};{{ end }}{{ end }}", "Besluit SMI;Besluit SMI;")]
    [InlineData("{{ for kind in kinderen }}{{ for m in kind.maanden }}{{ for.index }}{{ m.maand }}-{{ kind.voornaam }}-{{ aanvrager.achternaam }};{{ end }}{{ end }}",
        "0januari-Sara-Dijk;1februari-Sara-Dijk;")]
    [InlineData("{{ for b in bijlagen }}{{ b }};{{ end }}{{ if partner }}x{{ else }}{{ aanvrager.achternaam }}{{ end }}", "Loonstrook;Verklaring;Dijk")]
    [InlineData("{{ for kind in kinderen }}{{ include 'kop' }}{{ end }}", "[Besluit SMI][Besluit SMI]")]
    [InlineData("{{ for b in bijlagen }}{{ b }}{{ if !for.last }}, {{ end }}{{ end }}", "Loonstrook, Verklaring")]
    [InlineData("{{ for k in kinderen }}{{ if for.first }}{{ k.voornaam }}{{ end }}{{ end }}", "Sara")]
    [InlineData("{{ titel }}|{{~ titel ~}} |{{~ titel }}", "Besluit SMI|Besluit SMI|Besluit SMI")]
    [InlineData("{{ meervoud 1 'kind' \"kinderen\" }} {{ getal 7 }}", "kind 7")]
    [InlineData("{%{{{ titel }}}%} {{## een opmerking ##}}{{# x }}.", "{{ titel }} .")]
    public void Scopes_and_constructs_the_checker_accepts_render_as_expected(string template, string expected)
    {
        var partials = Partials(("kop", "[{{ titel }}]"));
        Assert.Empty(Check(template, partials));
        Assert.Equal(expected, Render(template, partials));
    }

    [Fact]
    public void A_partial_may_not_lean_on_the_loop_variable_of_the_template_that_includes_it()
    {
        // Scriban would let the partial read 'kind' here (an include sees the loop it is in), but not at the top level:
        // the checker holds every partial to the globals, so a partial works wherever it is included.
        const string template = "{{ for kind in kinderen }}{{ include 'kind' }}{{ end }}";
        var partials = Partials(("kind", "{{ kind.voornaam }}"));
        Single(Check(template, partials), "SMI3009", "(1,4)-(1,16)", "partials/kind.sbn-md");
        Assert.Equal("SaraTim", Render(template, partials));
        Assert.Equal("SMI3201", TemplateRun.Fails("{{ include 'kind' }}", Brief, partials).Code);
    }

    [Theory]
    [InlineData("{{ for kind in kinderen }}{{ end }}{{ kind.voornaam }}", "SMI3009")]
    [InlineData("{{ onbekend titel }}", "SMI3012")]
    [InlineData("{{ datum }}", "SMI3017")]
    [InlineData("{{ include 'kop' }}", "SMI3013")]
    public void Checker_locates_what_the_runtime_only_fails_on(string template, string code)
    {
        Assert.Equal("SMI3201", TemplateRun.Fails(template, Brief).Code);
        Assert.Equal(code, Assert.Single(Check(template)).Code);
    }
}
