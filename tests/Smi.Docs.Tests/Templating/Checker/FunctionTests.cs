using static Smi.Docs.Tests.Templating.Checker.CheckerFixture;

namespace Smi.Docs.Tests.Templating.Checker;

/// <summary>Only our formatting functions and include exist; each takes what the runtime expects, said in the runtime's words.</summary>
public sealed class FunctionTests
{
    [Fact]
    public void Unknown_function_is_reported_with_the_functions_there_are()
    {
        var d = Single(Check("Datum: {{ datm besluitdatum }}"), "SMI3012", "(1,11)-(1,27)");
        Assert.Contains("the functions are bedrag, datum, getal, include, maand, meervoud, procent", d.Message);
        Assert.Contains("built-in functions", d.Message);
    }

    [Theory]
    [InlineData("{{ array.size bijlagen }}", "(1,4)-(1,22)")]
    [InlineData("{{ string.upcase titel }}", "(1,4)-(1,22)")]
    [InlineData("{{ object.eval titel }}", "(1,4)-(1,20)")]
    [InlineData("{{ eval_template titel }}", "(1,4)-(1,22)")]
    [InlineData("{{ array.size }}", "(1,4)-(1,13)")]
    public void Built_in_functions_are_not_available(string template, string span)
    {
        var d = Single(Check(template), "SMI3012", span);
        Assert.Contains("Scriban's built-in functions (array.size, string.upcase, object.eval, …) are not available", d.Message);
    }

    [Theory]
    [InlineData("{{ datum }}", "(1,4)-(1,8)", "datum takes one value, got 0")]
    [InlineData("{{ bedrag totaal \"€\" }}", "(1,4)-(1,20)", "bedrag takes one value, got 2")]
    [InlineData("{{ meervoud totaal }}", "(1,4)-(1,18)", "meervoud needs a number and 2 word forms in 'nl' (one, other), got 0")]
    [InlineData("{{ meervoud totaal \"jaar\" }}", "(1,4)-(1,25)", "meervoud needs a number and 2 word forms in 'nl' (one, other), got 1")]
    [InlineData("{{ meervoud totaal titel titel }}", "(1,20)-(1,24)", "meervoud takes its word forms as quoted words")]
    public void Wrong_arguments_are_reported_as_the_runtime_says(string template, string span, string message) =>
        Assert.Equal(message, Single(Check(template), "SMI3017", span).Message);

    [Theory]
    [InlineData("nl", "{{ meervoud totaal \"maand\" \"maanden\" }}")]
    [InlineData("pl", "{{ meervoud totaal \"miesiąc\" \"miesiące\" \"miesięcy\" \"miesiąca\" }}")]
    [InlineData("ar", "{{ meervoud totaal \"z\" \"o\" \"t\" \"f\" \"m\" \"x\" }}")]
    public void Meervoud_takes_one_word_form_per_plural_category_of_the_language(string language, string template) =>
        Assert.Empty(Check(template, language: language));

    [Fact]
    public void Meervoud_with_the_dutch_count_in_polish_says_how_many()
    {
        var d = Single(Check("{{ meervoud totaal \"maand\" \"maanden\" }}", language: "pl"), "SMI3017", "(1,4)-(1,36)");
        Assert.Equal("meervoud needs a number and 4 word forms in 'pl' (one, few, many, other), got 2", d.Message);
    }

    [Fact]
    public void Arguments_are_checked_as_paths() =>
        Single(Check("{{ bedrag kinderen.bedrag }}"), "SMI3011", "(1,11)-(1,25)");

    [Fact]
    public void A_function_formats_a_value_not_a_record() =>
        Single(Check("{{ datum aanvrager }}"), "SMI3016", "(1,10)-(1,18)");

    [Fact]
    public void A_function_does_not_take_another_function() =>
        Assert.Contains(Check("{{ datum getal totaal }}"), d => d.Code == "SMI3015" && d.Location.ToString() == "brief.sbn-md(1,10)-(1,14)");

    [Fact]
    public void Literal_arguments_pass() =>
        Assert.Empty(Check("{{ getal 7 }} {{ procent 0.5 }} {{ meervoud 1 'kind' \"kinderen\" }}"));
}
