using Smi.Docs.Cases;
using Smi.Docs.Templating;
using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

public sealed class ValidTemplateTests
{
    // Every construct templates may use, in one letter.
    internal const string EveryConstruct = """
        {{## Brief met alle toegestane onderdelen ##}}
        # {{ titel }}
        {{# korte opmerking }}
        Beste {{ aanvrager.voorletters }}{{ if aanvrager.tussenvoegsel }} {{ aanvrager.tussenvoegsel }}{{ end }} {{ aanvrager.achternaam }},

        U woont aan de {{ aanvrager.adres.straat }} in {{ aanvrager.adres.plaats }}.
        {{ if partner }}Uw partner: {{ partner.achternaam }}{{ else }}U heeft geen partner.{{ end }}
        {{ if !isVerlenging && (totaal || !partner) }}Dit is een eerste besluit.{{ else if isVerlenging }}Dit is een verlenging.{{ else }}-{{ end }}
        Besluit van {{ datum besluitdatum }}, bedrag {{ bedrag totaal }}, {{ procent 0.5 }}.

        {{~ for kind in kinderen ~}}
        {{ for.index }}. {{ kind.voornaam }} ({{ getal kind.leeftijd }} {{ meervoud kind.leeftijd "jaar" "jaar" }}){{ if for.first }} eerste{{ end }}{{ if !for.last }},{{ end }}
        {{~ for regel in kind.maanden ~}}
          - {{ regel.maand }}: {{ bedrag regel.bedrag }} voor {{ kind.voornaam }}, {{ aanvrager.achternaam }}
        {{~ end ~}}
        {{~ else ~}}
        Geen kinderen.
        {{~ end ~}}

        {{ for bijlage in bijlagen }}- {{ bijlage }}
        {{ end }}
        {{~ include 'ondertekening' ~}}
        """;

    internal static readonly Dictionary<string, TemplateSource> EveryConstructPartials = Partials(
        ("ondertekening", "Met vriendelijke groet,\n\n{{ include 'naam' }}"),
        ("naam", "{{ titel }} voor {{ aanvrager.achternaam }}"));

    [Fact]
    public void Template_with_every_allowed_construct_has_no_diagnostics() =>
        Assert.Empty(Check(EveryConstruct, EveryConstructPartials));

    [Fact]
    public void Every_error_in_one_template_is_reported_in_order_of_file_and_position()
    {
        const string template = """
            {{ titl }}
            {{ 'A' * 2 }}
            {{ for t in titel }}{{ end }}
            {{ onbekend titel }}
            {{ include 'bestaatniet' }}
            {{ include 'kop' }}
            """;
        var diagnostics = Check(template, Partials(("kop", "{{ kop }}")));
        Assert.Equal(
            [
                "brief.sbn-md(1,4)-(1,7): error SMI3009",
                "brief.sbn-md(2,4)-(2,10): error SMI3015",
                "brief.sbn-md(3,13)-(3,17): error SMI3010",
                "brief.sbn-md(4,4)-(4,17): error SMI3012",
                "brief.sbn-md(5,4)-(5,24): error SMI3013",
                "partials/kop.sbn-md(1,4)-(1,6): error SMI3009",
            ],
            Heads(diagnostics));
    }

    [Fact]
    public void Placeholders_lists_the_data_a_template_reads_through_loops_and_partials()
    {
        var paths = SharedChecker.Placeholders(
            TemplateSource.Parse(
                "{{ titel }} {{ for kind in kinderen }}{{ kind.voornaam }} {{ aanvrager.achternaam }}{{ for m in kind.maanden }}{{ bedrag m.bedrag }}{{ for.index }}{{ end }}{{ end }}{{ include 'p' }} {{ onbekend }}",
                FileName),
            typeof(BriefModel),
            Partials(("p", "{{ if partner }}{{ partner.achternaam }}{{ end }}")));
        Assert.Equal(
            ["aanvrager.achternaam", "kinderen", "kinderen[].maanden", "kinderen[].maanden[].bedrag", "kinderen[].voornaam",
             "partner", "partner.achternaam", "titel"],
            paths);
    }

    [Fact]
    public void Real_case_record_is_checked_with_camel_case_names()
    {
        const string template = """
            Zaak {{ zaaknummer }}, aanvraag van {{ datum aanvraagdatum }}.
            {{ for kind in kinderen }}{{ kind.voornaam }} bij {{ kind.opvang.organisatie }} (LRK {{ kind.opvang.lrkNummer }}), {{ getal kind.opvang.urenPerWeek }} uur{{ end }}
            {{ if berekening }}berekend{{ end }} Contact: {{ behandelaar.email }}
            {{ opvang.uurprijs }}
            """;
        var diagnostics = SharedChecker.Check(TemplateSource.Parse(template, "toekenning.sbn-md"), typeof(SmiCase), NoPartials);
        Single(diagnostics, "SMI3009", "(4,4)-(4,18)", "toekenning.sbn-md");
    }
}
