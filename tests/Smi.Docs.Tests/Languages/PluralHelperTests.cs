using HandlebarsDotNet;
using Smi.Docs.Formatting;
using Smi.Docs.Templating;

namespace Smi.Docs.Tests.Languages;

/// <summary>The meervoud helper takes one word form per CLDR category of the template's language (issue 5 point 4).</summary>
public sealed class PluralHelperTests
{
    [Theory]
    [InlineData("nl", "{{meervoud n \"maand\" \"maanden\"}}", 1, "maand")]
    [InlineData("nl", "{{meervoud n \"maand\" \"maanden\"}}", 6, "maanden")]
    [InlineData("pl", "{{meervoud n \"miesiąc\" \"miesiące\" \"miesięcy\" \"miesiąca\"}}", 1, "miesiąc")]
    [InlineData("pl", "{{meervoud n \"miesiąc\" \"miesiące\" \"miesięcy\" \"miesiąca\"}}", 3, "miesiące")]
    [InlineData("pl", "{{meervoud n \"miesiąc\" \"miesiące\" \"miesięcy\" \"miesiąca\"}}", 6, "miesięcy")]
    [InlineData("pl", "{{meervoud n \"miesiąc\" \"miesiące\" \"miesięcy\" \"miesiąca\"}}", 22, "miesiące")]
    [InlineData("pl", "{{meervoud n \"miesiąc\" \"miesiące\" \"miesięcy\" \"miesiąca\"}}", 1.5, "miesiąca")]
    [InlineData("uk", "{{meervoud n \"місяць\" \"місяці\" \"місяців\" \"місяця\"}}", 21, "місяць")]
    [InlineData("uk", "{{meervoud n \"місяць\" \"місяці\" \"місяців\" \"місяця\"}}", 12, "місяців")]
    [InlineData("ar", "{{meervoud n \"z\" \"o\" \"t\" \"f\" \"m\" \"x\"}}", 0, "z")]
    [InlineData("ar", "{{meervoud n \"z\" \"o\" \"t\" \"f\" \"m\" \"x\"}}", 2, "t")]
    [InlineData("ar", "{{meervoud n \"z\" \"o\" \"t\" \"f\" \"m\" \"x\"}}", 6, "f")]
    [InlineData("ar", "{{meervoud n \"z\" \"o\" \"t\" \"f\" \"m\" \"x\"}}", 11, "m")]
    [InlineData("ar", "{{meervoud n \"z\" \"o\" \"t\" \"f\" \"m\" \"x\"}}", 100, "x")]
    public void Picks_the_form_of_the_numbers_category(string language, string template, decimal number, string expected)
    {
        Assert.Equal(expected, Render(language, template, number));
    }

    [Fact]
    public void Two_forms_in_a_language_with_four_is_an_error_that_says_how_many()
    {
        var error = Assert.Throws<HandlebarsRuntimeException>(() => Render("pl", "{{meervoud n \"miesiąc\" \"miesięcy\"}}", 5));

        Assert.Contains("4 word forms in 'pl' (one, few, many, other)", error.Message);
    }

    private static string Render(string language, string template, decimal number)
    {
        var handlebars = Handlebars.Create();
        FormattingHelpers.Register(handlebars, ValueFormatter.For(language), language);
        return handlebars.Compile(template)(new { n = number });
    }
}
