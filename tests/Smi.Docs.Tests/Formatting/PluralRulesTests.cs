using Smi.Docs.Formatting;

namespace Smi.Docs.Tests.Formatting;

/// <summary>Sample numbers per category as listed in the CLDR plural rules charts for each language.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("nl", "1", PluralCategory.One)]
    [InlineData("nl", "0", PluralCategory.Other)]
    [InlineData("nl", "2", PluralCategory.Other)]
    [InlineData("nl", "1.0", PluralCategory.Other)]
    [InlineData("en", "1", PluralCategory.One)]
    [InlineData("en", "1.5", PluralCategory.Other)]
    [InlineData("tr", "1", PluralCategory.One)]
    [InlineData("tr", "1.0", PluralCategory.One)]
    [InlineData("tr", "5", PluralCategory.Other)]
    [InlineData("pl", "1", PluralCategory.One)]
    [InlineData("pl", "2", PluralCategory.Few)]
    [InlineData("pl", "4", PluralCategory.Few)]
    [InlineData("pl", "22", PluralCategory.Few)]
    [InlineData("pl", "12", PluralCategory.Many)]
    [InlineData("pl", "5", PluralCategory.Many)]
    [InlineData("pl", "0", PluralCategory.Many)]
    [InlineData("pl", "21", PluralCategory.Many)]
    [InlineData("pl", "1.5", PluralCategory.Other)]
    [InlineData("uk", "1", PluralCategory.One)]
    [InlineData("uk", "21", PluralCategory.One)]
    [InlineData("uk", "11", PluralCategory.Many)]
    [InlineData("uk", "2", PluralCategory.Few)]
    [InlineData("uk", "24", PluralCategory.Few)]
    [InlineData("uk", "14", PluralCategory.Many)]
    [InlineData("uk", "5", PluralCategory.Many)]
    [InlineData("uk", "0", PluralCategory.Many)]
    [InlineData("uk", "0.5", PluralCategory.Other)]
    [InlineData("ar", "0", PluralCategory.Zero)]
    [InlineData("ar", "1", PluralCategory.One)]
    [InlineData("ar", "2", PluralCategory.Two)]
    [InlineData("ar", "3", PluralCategory.Few)]
    [InlineData("ar", "10", PluralCategory.Few)]
    [InlineData("ar", "103", PluralCategory.Few)]
    [InlineData("ar", "11", PluralCategory.Many)]
    [InlineData("ar", "99", PluralCategory.Many)]
    [InlineData("ar", "100", PluralCategory.Other)]
    [InlineData("ar", "102", PluralCategory.Other)]
    [InlineData("ar", "0.5", PluralCategory.Other)]
    public void Gives_the_cldr_category(string language, string number, PluralCategory expected) =>
        Assert.Equal(expected, DocumentLanguage.Find(language)!.Plural.Category(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Every_language_gives_each_number_one_of_its_own_categories()
    {
        Assert.All(DocumentLanguage.All, language =>
        {
            foreach (var number in new[] { 0m, 1m, 2m, 3m, 5m, 11m, 21m, 100m, 1.5m })
            {
                Assert.Contains(language.Plural.Category(number), language.Plural.Categories);
            }
        });
    }

    [Theory]
    [InlineData("nl", "one, other")]
    [InlineData("tr", "one, other")]
    [InlineData("pl", "one, few, many, other")]
    [InlineData("uk", "one, few, many, other")]
    [InlineData("ar", "zero, one, two, few, many, other")]
    public void A_language_lists_its_categories_in_cldr_order(string language, string categories) =>
        Assert.Equal(categories, string.Join(", ", DocumentLanguage.Find(language)!.Plural.Categories).ToLowerInvariant());

    [Theory]
    [InlineData("nl", "1", 0)]
    [InlineData("nl", "3", 1)]
    [InlineData("ar", "2", 2)]
    [InlineData("ar", "11", 4)]
    [InlineData("pl", "22", 1)]
    public void The_word_form_is_the_one_at_the_category_s_place(string language, string number, int index) =>
        Assert.Equal(index, DocumentLanguage.Find(language)!.Plural.FormIndex(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture)));
}
