using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

public sealed class PathErrorTests
{
    [Fact]
    public void Unknown_path_is_reported_with_its_location()
    {
        var d = Single(Check("Beste {{aanvrager.achternaam}},\n\nU woont in {{aanvrager.adres.stad}}."), "SMI3009", 3, 12);
        Assert.Contains("'stad'", d.Message);
    }

    [Fact]
    public void Wrongly_cased_name_gets_a_hint()
    {
        var d = Single(Check("{{Aanvrager.achternaam}}"), "SMI3009", 1, 1);
        Assert.Contains("did you mean 'aanvrager'?", d.Message);
    }

    [Fact]
    public void Each_over_a_record_is_reported() =>
        Single(Check("{{#each aanvrager}}{{achternaam}}{{/each}}"), "SMI3010", 1, 1);

    [Fact]
    public void Each_over_a_value_is_reported() =>
        Single(Check("x\n {{#each titel}}{{this}}{{/each}}"), "SMI3010", 2, 2);

    [Fact]
    public void With_over_a_list_is_reported() =>
        Single(Check("{{#with kinderen}}{{voornaam}}{{/with}}"), "SMI3010", 1, 1);

    [Fact]
    public void Path_into_a_value_is_reported()
    {
        var d = Single(Check("{{aanvrager.achternaam.eerste}}"), "SMI3011", 1, 1);
        Assert.Contains("'aanvrager.achternaam' is a value", d.Message);
    }

    [Fact]
    public void Path_into_a_list_is_reported() =>
        Single(Check("{{kinderen.voornaam}}"), "SMI3011", 1, 1);

    [Fact]
    public void Name_from_the_outer_scope_is_not_found_inside_each_without_dots() =>
        Single(Check("{{#each kinderen}}{{titel}}{{/each}}"), "SMI3009", 1, 19);

    [Fact]
    public void Dots_above_the_top_are_reported() =>
        Single(Check("{{#if titel}}{{../titel}}{{/if}}"), "SMI3009", 1, 14);

    [Fact]
    public void Index_outside_each_is_reported() =>
        Single(Check("{{@index}}"), "SMI3009", 1, 1);

    [Fact]
    public void Else_of_each_runs_in_the_outer_scope() =>
        Single(Check("{{#each kinderen}}{{voornaam}}{{else}}{{titel}} {{voornaam}}{{/each}}"), "SMI3009", 1, 49);

    [Fact]
    public void Unknown_helper_is_reported()
    {
        var d = Single(Check("Datum: {{datm besluitdatum}}"), "SMI3012", 1, 8);
        Assert.Contains("bedrag, datum, getal, meervoud", d.Message);
    }

    [Fact]
    public void Helper_arguments_are_checked_as_paths() =>
        Single(Check("{{bedrag kinderen.bedrag \"€\"}}"), "SMI3011", 1, 1);

    [Fact]
    public void Placeholder_of_a_whole_record_is_reported() =>
        Single(Check("{{aanvrager}}"), "SMI3016", 1, 1);

    [Fact]
    public void Block_argument_path_is_checked() =>
        Single(Check("{{#if partner.geboortedatum}}x{{/if}}"), "SMI3009", 1, 1);

    [Fact]
    public void Nested_each_resolves_dots_to_the_right_scope()
    {
        const string template = """
            {{#each kinderen}}
            {{#each maanden}}
            {{#if bedrag}}{{../voornaam}} {{maand}} {{bedrag bedrag}} {{../../titel}} {{@index}}{{/if}}
            {{../maanden}}{{../../aanvrager.achternaam}}
            {{/each}}
            {{/each}}
            """;
        var diagnostics = Check(template);
        // ../maanden is the list itself: it exists, but printing a list is a mistake.
        Single(diagnostics, "SMI3016", 4, 1);
    }

    [Fact]
    public void Nested_each_reports_a_name_from_the_wrong_level() =>
        Single(Check("{{#each kinderen}}{{#each maanden}}{{../maand}}{{/each}}{{/each}}"), "SMI3009", 1, 36);
}
