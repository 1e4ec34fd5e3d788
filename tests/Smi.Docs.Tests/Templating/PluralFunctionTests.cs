using Smi.Docs.Diagnostics;

namespace Smi.Docs.Tests.Templating;

/// <summary>meervoud takes one word form per CLDR category of the template's language (issue 5 point 4).</summary>
public sealed class PluralFunctionTests
{
    private sealed record Aantal(decimal N);

    [Theory]
    [InlineData("nl", "{{ meervoud n \"maand\" \"maanden\" }}", 1, "maand")]
    [InlineData("nl", "{{ meervoud n \"maand\" \"maanden\" }}", 6, "maanden")]
    [InlineData("pl", "{{ meervoud n \"miesiąc\" \"miesiące\" \"miesięcy\" \"miesiąca\" }}", 1, "miesiąc")]
    [InlineData("pl", "{{ meervoud n \"miesiąc\" \"miesiące\" \"miesięcy\" \"miesiąca\" }}", 3, "miesiące")]
    [InlineData("pl", "{{ meervoud n \"miesiąc\" \"miesiące\" \"miesięcy\" \"miesiąca\" }}", 6, "miesięcy")]
    [InlineData("pl", "{{ meervoud n \"miesiąc\" \"miesiące\" \"miesięcy\" \"miesiąca\" }}", 22, "miesiące")]
    [InlineData("pl", "{{ meervoud n \"miesiąc\" \"miesiące\" \"miesięcy\" \"miesiąca\" }}", 1.5, "miesiąca")]
    [InlineData("uk", "{{ meervoud n \"місяць\" \"місяці\" \"місяців\" \"місяця\" }}", 21, "місяць")]
    [InlineData("uk", "{{ meervoud n \"місяць\" \"місяці\" \"місяців\" \"місяця\" }}", 12, "місяців")]
    [InlineData("ar", "{{ meervoud n \"z\" \"o\" \"t\" \"f\" \"m\" \"x\" }}", 0, "\u2068z\u2069")]
    [InlineData("ar", "{{ meervoud n \"z\" \"o\" \"t\" \"f\" \"m\" \"x\" }}", 2, "\u2068t\u2069")]
    [InlineData("ar", "{{ meervoud n \"z\" \"o\" \"t\" \"f\" \"m\" \"x\" }}", 6, "\u2068f\u2069")]
    [InlineData("ar", "{{ meervoud n \"z\" \"o\" \"t\" \"f\" \"m\" \"x\" }}", 11, "\u2068m\u2069")]
    [InlineData("ar", "{{ meervoud n \"z\" \"o\" \"t\" \"f\" \"m\" \"x\" }}", 100, "\u2068x\u2069")]
    public void Picks_the_form_of_the_numbers_category(string language, string template, decimal number, string expected) =>
        Assert.Equal(expected, TemplateRun.Render(template, new Aantal(number), language: language));

    [Fact]
    public void Two_forms_in_a_language_with_four_is_a_located_error_that_says_how_many()
    {
        var error = Assert.Throws<SmiDocsException>(() =>
            TemplateRun.Render("{{ meervoud n \"miesiąc\" \"miesięcy\" }}", new Aantal(5), language: "pl"));

        var d = Assert.Single(error.Diagnostics);
        Assert.Equal("brief.sbn-md(1,4)-(1,34): error SMI3201: template failed while rendering: "
            + "meervoud needs a number and 4 word forms in 'pl' (one, few, many, other), got 2", d.ToString());
    }
}
