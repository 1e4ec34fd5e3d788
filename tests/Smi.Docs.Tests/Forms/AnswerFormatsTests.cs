using Smi.Docs.Forms;

namespace Smi.Docs.Tests.Forms;

/// <summary>
/// The formats the online form checks, with worked examples from the public rules: the elfproef (weights 9 down to 2,
/// the last digit −1, the sum divisible by 11), the IBAN standard (ISO 13616, ISO 7064 mod 97-10; NL91 ABNA 0417 1643 00
/// is the standard's own Dutch example) and the Dutch postcode (4 digits, the first not 0, and 2 letters).
/// </summary>
public sealed class AnswerFormatsTests
{
    [Theory]
    // 1·9 + 1·8 + 1·7 + 2·6 + 2·5 + 2·4 + 3·3 + 3·2 − 3·1 = 66 = 6 · 11
    [InlineData("111222333", true)]
    // 1·9 + 2·8 + 3·7 + 4·6 + 5·5 + 6·4 + 7·3 + 8·2 − 2 = 154 = 14 · 11
    [InlineData("123456782", true)]
    [InlineData("1234 56 782", true)]
    // the same with the last digit one higher: 153, not divisible by 11
    [InlineData("123456783", false)]
    // two digits swapped: 1·9 + 2·8 + 3·7 + 4·6 + 5·5 + 6·4 + 8·3 + 7·2 − 2 = 155
    [InlineData("123456872", false)]
    [InlineData("000000000", false)]
    [InlineData("12345678", false)]
    [InlineData("12345678a", false)]
    public void The_bsn_passes_the_elfproef(string bsn, bool valid) => Assert.Equal(valid, AnswerFormats.IsBsn(bsn));

    [Theory]
    [InlineData("NL91ABNA0417164300", "NL91 ABNA 0417 1643 00")]
    [InlineData("nl91 abna 0417 1643 00", "NL91 ABNA 0417 1643 00")]
    [InlineData(" NL91  ABNA0417 164300 ", "NL91 ABNA 0417 1643 00")]
    // NL02 ABNA 0123 4567 89: ABNA0123456789NL02 with A=10 B=11 N=23 L=21 is 101123100123456789232102, mod 97 = 1
    [InlineData("NL02ABNA0123456789", "NL02 ABNA 0123 4567 89")]
    [InlineData("NL91ABNA0417164301", null)]
    [InlineData("NL92ABNA0417164300", null)]
    [InlineData("DE89370400440532013000", null)]
    [InlineData("NL91ABNA041716430", null)]
    public void An_iban_is_dutch_with_valid_check_digits_and_is_stored_in_groups_of_four(string typed, string? stored) =>
        Assert.Equal(stored, AnswerFormats.Iban(typed));

    [Theory]
    [InlineData("1234AB", "1234 AB")]
    [InlineData("1234 ab", "1234 AB")]
    [InlineData(" 1234  Ab ", "1234 AB")]
    [InlineData("0123 AB", null)]
    [InlineData("123 AB", null)]
    [InlineData("1234 A1", null)]
    [InlineData("12345AB", null)]
    public void A_postcode_is_four_digits_and_two_letters(string typed, string? stored) => Assert.Equal(stored, AnswerFormats.Postcode(typed));

    [Theory]
    [InlineData("184629375", "184629375")]
    [InlineData("184 629 375", "184629375")]
    [InlineData("18462937", null)]
    [InlineData("1846293751", null)]
    [InlineData("18462937a", null)]
    public void An_lrk_number_has_nine_digits(string typed, string? stored) => Assert.Equal(stored, AnswerFormats.Lrk(typed));

    [Theory]
    [InlineData("29", "2", "2024", "2024-02-29")]
    [InlineData("1", "12", "2025", "2025-12-01")]
    [InlineData("29", "2", "2025", null)]
    [InlineData("31", "4", "2025", null)]
    [InlineData("0", "4", "2025", null)]
    [InlineData("1", "13", "2025", null)]
    [InlineData("1", "4", "25", null)]
    [InlineData("1", "april", "2025", null)]
    [InlineData("", "4", "2025", null)]
    public void A_date_is_a_day_that_exists(string day, string month, string year, string? iso) =>
        Assert.Equal(iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), AnswerFormats.Date(day, month, year));

    [Theory]
    [InlineData("11,85", "11.85")]
    [InlineData("€ 11,85", "11.85")]
    [InlineData("21", "21")]
    [InlineData("11,855", null)]
    [InlineData("elf", null)]
    [InlineData("-3", null)]
    public void A_number_may_have_a_decimal_comma_and_two_decimals(string typed, string? value) =>
        Assert.Equal(value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), AnswerFormats.Number(typed));

    [Theory]
    [InlineData("Kastanjelaan 27", "Kastanjelaan", "27")]
    [InlineData("Laan 1940-1945 12 A", "Laan 1940-1945", "12 A")]
    [InlineData("Dorpsstraat 8-bis", "Dorpsstraat", "8-bis")]
    public void Street_and_house_number_are_split_at_the_last_number(string typed, string street, string number) =>
        Assert.Equal((street, number), AnswerFormats.StreetAndNumber(typed));

    [Fact]
    public void A_street_without_a_number_is_not_an_address() => Assert.Null(AnswerFormats.StreetAndNumber("Kastanjelaan"));
}
