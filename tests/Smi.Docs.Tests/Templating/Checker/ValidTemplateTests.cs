using Smi.Docs.Cases;
using Smi.Docs.Templating;
using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

public sealed class ValidTemplateTests
{
    // Every construct templates may use, in one letter.
    internal const string EveryConstruct = """
        {{!-- Brief met alle toegestane onderdelen --}}
        # {{titel}}

        {{! korte opmerking }}
        Beste {{aanvrager.voorletters}}{{#if aanvrager.tussenvoegsel}} {{aanvrager.tussenvoegsel}}{{/if}} {{aanvrager.achternaam}},

        {{#with aanvrager}}U woont aan de {{adres.straat}} in {{this.adres.plaats}} ({{../titel}}).{{/with}}
        {{#with partner}}Uw partner: {{achternaam}}{{else}}U heeft geen partner.{{/with}}
        {{#unless isVerlenging}}Dit is een eerste besluit.{{else}}Dit is een verlenging.{{/unless}}
        Besluit van {{datum besluitdatum}}, bedrag {{bedrag bedrag "€"}}.

        {{#each kinderen~}}
        {{@index}}. {{voornaam}} ({{getal this.leeftijd}} {{meervoud leeftijd "jaar" "jaar"}}){{#if @first}} eerste{{/if}}{{#unless @last}},{{/unless}}
        {{#each maanden}}  - {{maand}}: {{bedrag bedrag}} voor {{../voornaam}}, {{../../aanvrager.achternaam}}
        {{/each~}}
        {{else}}
        Geen kinderen.
        {{~/each}}

        {{#each bijlagen}}- {{this}}
        {{/each}}
        {{> ondertekening}}
        """;

    internal static readonly Dictionary<string, TemplateSource> Partials = new()
    {
        ["ondertekening"] = new("partials/ondertekening.hbs", "Met vriendelijke groet,\n\n{{> naam}}"),
        ["naam"] = new("partials/naam.hbs", "{{titel}} voor {{aanvrager.achternaam}}"),
    };

    [Fact]
    public void Template_with_every_allowed_construct_has_no_diagnostics() =>
        Assert.Empty(Check(EveryConstruct, Partials));

    [Fact]
    public void Every_error_in_one_template_is_reported_in_order()
    {
        const string template = """
            {{titl}}
            {{{aanvrager.achternaam}}}
            {{#each titel}}{{/each}}
            {{onbekend titel}}
            {{> bestaatniet}}
            {{#if partner}}
            """;
        var diagnostics = Check(template);
        Assert.Equal(
            [
                "brief.hbs(1,1): error SMI3009",
                "brief.hbs(2,1): error SMI3008",
                "brief.hbs(3,1): error SMI3010",
                "brief.hbs(4,1): error SMI3012",
                "brief.hbs(5,1): error SMI3013",
                "brief.hbs(6,1): error SMI3005",
            ],
            diagnostics.Select(d => d.ToString()[..d.ToString().IndexOf(':', d.ToString().IndexOf("error", StringComparison.Ordinal))]));
    }

    [Fact]
    public void Placeholders_lists_the_data_a_template_reads()
    {
        var paths = SharedChecker.Placeholders(
            "{{titel}} {{#each kinderen}}{{voornaam}} {{../aanvrager.achternaam}}{{#each maanden}}{{bedrag bedrag}}{{/each}}{{/each}}{{> p}} {{onbekend}}",
            FileName,
            typeof(BriefModel),
            new Dictionary<string, TemplateSource> { ["p"] = new("p.hbs", "{{#with partner}}{{achternaam}}{{/with}}") });
        Assert.Equal(
            ["aanvrager.achternaam", "kinderen", "kinderen[].maanden", "kinderen[].maanden[].bedrag", "kinderen[].voornaam",
             "partner", "partner.achternaam", "titel"],
            paths);
    }

    [Fact]
    public void Real_case_record_is_checked_with_camel_case_names()
    {
        const string template = """
            Zaak {{zaaknummer}}, aanvraag van {{datum aanvraagdatum}}.
            {{#each kinderen}}{{voornaam}} bij {{opvang.organisatie}} (LRK {{opvang.lrkNummer}}), {{getal opvang.urenPerWeek}} uur{{/each}}
            {{#if berekening}}berekend{{/if}} Contact: {{behandelaar.email}}
            {{opvang.uurprijs}}
            """;
        var diagnostics = SharedChecker.Check(template, "toekenning.hbs", typeof(SmiCase), new Dictionary<string, TemplateSource>());
        Single(diagnostics, "SMI3009", 4, 1, "toekenning.hbs");
    }
}
