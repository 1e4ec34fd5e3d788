using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

public sealed class PathErrorTests
{
    [Fact]
    public void Unknown_path_is_reported_with_its_span()
    {
        var d = Single(Check("Beste {{ aanvrager.achternaam }},\n\nU woont in {{ aanvrager.adres.stad }}."), "SMI3009", "(3,15)-(3,34)");
        Assert.Equal("'aanvrager.adres.stad': 'aanvrager.adres' (AdresModel) has no field 'stad'", d.Message);
    }

    [Fact]
    public void Wrongly_cased_name_gets_a_hint()
    {
        var d = Single(Check("{{ Aanvrager.achternaam }}"), "SMI3009", "(1,4)-(1,23)");
        Assert.Equal("'Aanvrager.achternaam': the view model (BriefModel) has no field 'Aanvrager'; did you mean 'aanvrager'?", d.Message);
    }

    [Fact]
    public void For_over_a_record_is_reported_at_the_list() =>
        Single(Check("{{ for x in aanvrager }}{{ x.achternaam }}{{ end }}"), "SMI3010", "(1,13)-(1,21)");

    [Fact]
    public void For_over_a_value_is_reported()
    {
        var d = Single(Check("x\n {{ for t in titel }}{{ t }}{{ end }}"), "SMI3010", "(2,14)-(2,18)");
        Assert.Equal("'for … in titel' needs a list, but 'titel' is a value", d.Message);
    }

    [Fact]
    public void Path_into_a_value_is_reported()
    {
        var d = Single(Check("{{ aanvrager.achternaam.eerste }}"), "SMI3011", "(1,4)-(1,30)");
        Assert.Contains("'aanvrager.achternaam' is a value", d.Message);
    }

    [Fact]
    public void Path_into_a_list_is_reported_with_a_hint()
    {
        var d = Single(Check("{{ kinderen.voornaam }}"), "SMI3011", "(1,4)-(1,20)");
        Assert.Contains("use 'for x in …' to go through it", d.Message);
    }

    [Fact]
    public void Loop_variable_exists_inside_its_loop_only() =>
        Single(Check("{{ for kind in kinderen }}{{ end }}{{ kind.voornaam }}"), "SMI3009", "(1,39)-(1,51)");

    [Fact]
    public void Globals_are_in_reach_inside_a_loop() =>
        Assert.Empty(Check("{{ for kind in kinderen }}{{ titel }}{{ kind.voornaam }}{{ aanvrager.adres.plaats }}{{ end }}"));

    [Fact]
    public void Loop_object_outside_a_loop_is_reported()
    {
        var d = Single(Check("{{ for.index }}"), "SMI3009", "(1,4)-(1,12)");
        Assert.Equal("'for.index' only exists inside a 'for' loop", d.Message);
    }

    [Fact]
    public void Loop_object_has_index_first_and_last_only() =>
        Single(Check("{{ for k in kinderen }}{{ for.even }}{{ end }}"), "SMI3009", "(1,27)-(1,34)");

    [Fact]
    public void Else_of_for_runs_outside_the_loop() =>
        Single(Check("{{ for kind in kinderen }}{{ kind.voornaam }}{{ else }}{{ titel }} {{ kind.voornaam }}{{ end }}"), "SMI3009", "(1,71)-(1,83)");

    [Fact]
    public void Printing_a_whole_record_is_reported()
    {
        var d = Single(Check("{{ aanvrager }}"), "SMI3016", "(1,4)-(1,12)");
        Assert.Equal("'aanvrager' is a record, not a value; name one of its fields", d.Message);
    }

    [Fact]
    public void Printing_a_whole_list_is_reported() =>
        Single(Check("{{ bijlagen }}"), "SMI3016", "(1,4)-(1,11)");

    [Fact]
    public void Condition_path_is_checked() =>
        Single(Check("{{ if partner.geboortedatum }}x{{ end }}"), "SMI3009", "(1,7)-(1,27)");

    [Fact]
    public void Records_and_lists_may_be_tested_in_a_condition() =>
        Assert.Empty(Check("{{ if partner && kinderen || !bijlagen }}x{{ else if (isVerlenging || totaal) && !titel }}y{{ end }}"));

    [Fact]
    public void Nested_loops_resolve_each_variable_at_its_level()
    {
        const string template = """
            {{ for kind in kinderen }}
            {{ for m in kind.maanden }}
            {{ if m.bedrag }}{{ kind.voornaam }} {{ m.maand }} {{ bedrag m.bedrag }} {{ titel }} {{ for.index }}{{ end }}
            {{ kind.maanden }}{{ aanvrager.achternaam }}
            {{ end }}
            {{ end }}
            """;
        // kind.maanden is the list itself: it exists, but printing a list is a mistake.
        Single(Check(template), "SMI3016", "(4,4)-(4,15)");
    }

    [Fact]
    public void Name_from_the_wrong_level_is_reported() =>
        Single(Check("{{ for kind in kinderen }}{{ for m in kind.maanden }}{{ kind.maand }}{{ end }}{{ end }}"), "SMI3009", "(1,57)-(1,66)");

    [Theory]
    [InlineData("{{ for titel in kinderen }}{{ end }}", "(1,8)-(1,12)", "a field of the view model")]
    [InlineData("{{ for datum in kinderen }}{{ end }}", "(1,8)-(1,12)", "a function")]
    [InlineData("{{ for k in kinderen }}{{ for k in bijlagen }}{{ end }}{{ end }}", "(1,31)-(1,31)", "the variable of an outer loop")]
    public void Loop_variable_may_not_hide_another_name(string template, string span, string hidden)
    {
        var d = Single(Check(template), "SMI3015", span);
        Assert.Contains($"has the name of {hidden}; choose another name", d.Message);
    }
}
