using Smi.Docs.Formatting;

namespace Smi.Docs.Tests.Languages;

/// <summary>Dates, money, numbers and percentages as each language writes them (CLDR data of .NET's ICU, our euro placement).</summary>
public sealed class ValueFormatterTests
{
    private static readonly DateOnly Day = new(2026, 11, 3);

    [Theory]
    [InlineData("nl", "3 november 2026", "€ 1.234,56", "91,5", "96%", "november 2026")]
    [InlineData("en", "3 November 2026", "€1,234.56", "91.5", "96%", "November 2026")]
    [InlineData("ar", "3 نوفمبر 2026", "1,234.56 €", "91.5", "96%", "نوفمبر 2026")]
    [InlineData("tr", "3 Kasım 2026", "€1.234,56", "91,5", "%96", "Kasım 2026")]
    // Polish and Ukrainian write the month in the genitive after a day, in the nominative on its own.
    [InlineData("pl", "3 listopada 2026", "1 234,56 €", "91,5", "96%", "listopad 2026")]
    [InlineData("uk", "3 листопада 2026", "1 234,56 €", "91,5", "96%", "листопад 2026")]
    public void Formats_values_the_way_the_language_writes_them(string language, string date, string money, string number, string percentage, string month)
    {
        var formatter = DocumentLanguage.Find(language)!.Formatter;

        Assert.Equal(date, formatter.Date(Day).Replace('\u00A0', ' '));
        Assert.Equal(money, formatter.Money(1234.56m).Replace('\u00A0', ' '));
        Assert.Equal(number, formatter.Number(91.5m));
        Assert.Equal(percentage, formatter.Percentage(96m));
        Assert.Equal(month, formatter.Month(2026, 11));
    }

    [Fact]
    public void Arabic_keeps_latin_digits_and_separators_so_amounts_match_the_dutch_original()
    {
        var money = DocumentLanguage.Find("ar")!.Formatter.Money(5886.3m);

        Assert.Equal("5,886.30\u00A0€", money);
        Assert.DoesNotContain(money, c => c is '\u066B' or '\u066C' or >= '\u0660' and <= '\u0669');
    }

    [Fact]
    public void An_unknown_language_is_not_found()
    {
        Assert.Null(DocumentLanguage.Find("fr"));
    }
}
