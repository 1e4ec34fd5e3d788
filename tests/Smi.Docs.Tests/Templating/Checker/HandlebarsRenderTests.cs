using System.Globalization;
using HandlebarsDotNet;
using Smi.Docs.Templating;
using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

/// <summary>
/// The checker's idea of scopes, names and partials must be what Handlebars.Net 2.4.3 really does;
/// these tests render checked templates with the real engine.
/// </summary>
public sealed class HandlebarsRenderTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly BriefModel Brief = new(
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

    private static IHandlebars Engine(IReadOnlyDictionary<string, TemplateSource> partials)
    {
        var engine = Handlebars.Create();
        engine.RegisterHelper("datum", (w, _, a) => w.WriteSafeString(((DateOnly)a[0]!).ToString("d MMMM yyyy", Dutch)));
        engine.RegisterHelper("bedrag", (w, _, a) => w.WriteSafeString(((decimal)a[0]!).ToString("N2", Dutch)));
        engine.RegisterHelper("getal", (w, _, a) => w.WriteSafeString(Convert.ToString(a[0], Dutch)));
        engine.RegisterHelper("meervoud", (w, _, a) => w.WriteSafeString((int)a[0]! == 1 ? a[1] : a[2]));
        foreach (var (name, source) in partials)
        {
            engine.RegisterTemplate(name, source.Text);
        }
        return engine;
    }

    private static string Render(string template, IReadOnlyDictionary<string, TemplateSource>? partials = null)
    {
        partials ??= new Dictionary<string, TemplateSource>();
        return Engine(partials).Compile(template)(CamelCaseData.From(Brief)).Replace("\r\n", "\n");
    }

    [Fact]
    public void Checked_template_with_every_construct_renders_as_the_checker_expects()
    {
        Assert.Empty(Check(ValidTemplateTests.EveryConstruct, ValidTemplateTests.Partials));

        var output = Render(ValidTemplateTests.EveryConstruct, ValidTemplateTests.Partials);

        Assert.Equal(
            """
            # Besluit SMI

            Beste J. van Dijk,

            U woont aan de Dorpsstraat 1 in Purmerend (Besluit SMI).
            U heeft geen partner.
            Dit is een eerste besluit.
            Besluit van 2 maart 2026, bedrag 1.234,50.

            0. Sara (3 jaar) eerste,
              - januari: 100,00 voor Sara, Dijk
              - februari: 90,00 voor Sara, Dijk
            1. Tim (1 jaar)

            - Loonstrook
            - Verklaring
            Met vriendelijke groet,

            Besluit SMI voor Dijk
            """,
            output);
    }

    [Theory]
    // #if keeps the context, so ../ inside it skips to the parent of the #each, as the checker assumes.
    [InlineData("{{#each kinderen}}{{#if leeftijd}}{{../titel}};{{/if}}{{/each}}", "Besluit SMI;Besluit SMI;")]
    [InlineData("{{#each kinderen}}{{#with this}}{{../voornaam}}/{{../../titel}};{{/with}}{{/each}}", "Sara/Besluit SMI;Tim/Besluit SMI;")]
    [InlineData("{{#each kinderen}}{{#each maanden}}{{@index}}{{maand}}-{{../voornaam}}-{{../../aanvrager.achternaam}};{{/each}}{{/each}}",
        "0januari-Sara-Dijk;1februari-Sara-Dijk;")]
    [InlineData("{{#each bijlagen}}{{this}};{{/each}}{{#with partner}}x{{else}}{{aanvrager.achternaam}}{{/with}}", "Loonstrook;Verklaring;Dijk")]
    [InlineData("{{#each kinderen}}{{> kind}}{{/each}}", "[Sara, 3, Besluit SMI][Tim, 1, Besluit SMI]")]
    public void Scopes_resolve_in_the_engine_as_in_the_checker(string template, string expected)
    {
        var partials = new Dictionary<string, TemplateSource>
        {
            ["kind"] = new("partials/kind.hbs", "[{{voornaam}}, {{leeftijd}}, {{../titel}}]"),
        };
        Assert.Empty(Check(template, partials));
        Assert.Equal(expected, Render(template, partials));
    }

    [Theory]
    [InlineData("{{ titel }}|{{~titel~}} |{{~ titel ~}}", "Besluit SMI|Besluit SMI|Besluit SMI")]
    [InlineData("{{#each kinderen}}{{./voornaam}}{{this.leeftijd}}{{/each}}", "Sara3Tim1")]
    [InlineData("{{#each bijlagen}}{{this}}{{#unless @last}}, {{/unless}}{{/each}}", "Loonstrook, Verklaring")]
    [InlineData("{{meervoud 1 'kind' \"kinderen\"}} {{getal 7}} {{getal true}}", "kind 7 True")]
    [InlineData("\\{{titel}} {{!-- {{titel}} --}}{{! x }}.", "{{titel}} .")]
    [InlineData("{{~> kop~}}\n", "Besluit SMI")]
    public void Constructs_the_checker_accepts_compile_and_render(string template, string expected)
    {
        var partials = new Dictionary<string, TemplateSource> { ["kop"] = new("partials/kop.hbs", "{{titel}}") };
        Assert.Empty(Check(template, partials));
        Assert.Equal(expected, Render(template, partials));
    }

    [Theory]
    [InlineData("{{#if titel}}\nx{{/each}}", "SMI3006", 2, 2)]
    [InlineData("x\n{{/if}}", "SMI3004", 2, 1)]
    [InlineData("{{#each kinderen}}{{voornaam}}", "SMI3005", 1, 1)]
    [InlineData("Beste {{aanvrager.achternaam", "SMI3001", 1, 7)]
    [InlineData("a {{}}", "SMI3002", 1, 3)]
    [InlineData("{{#if titel}}a{{else}}b{{else}}c{{/if}}", "SMI3007", 1, 24)]
    [InlineData("{{> kop}}", "SMI3013", 1, 1)]
    [InlineData("{{onbekend titel}}", "SMI3012", 1, 1)]
    public void Checker_locates_what_the_engine_only_throws_on(string template, string code, int line, int column)
    {
        Assert.ThrowsAny<Exception>(() => Render(template));
        Single(Check(template), code, line, column);
    }

    [Theory]
    [InlineData("a {{else}} b", "SMI3007")]
    [InlineData("{{#each kinderen}}{{titel}}{{/each}}", "SMI3009")]
    [InlineData("{{aanvrager.achternam}}", "SMI3009")]
    [InlineData("{{aanvrager}}", "SMI3016")]
    [InlineData("{{#if titel}}{{../titel}}{{/if}}", "SMI3009")]
    public void Checker_catches_what_the_engine_renders_silently(string template, string code)
    {
        _ = Render(template);
        Assert.Equal(code, Assert.Single(Check(template)).Code);
    }
}
