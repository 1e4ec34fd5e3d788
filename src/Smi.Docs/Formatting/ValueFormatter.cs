using System.Globalization;

namespace Smi.Docs.Formatting;

/// <summary>
/// Formats dates, money, numbers and percentages the way a letter in one language writes them
/// ("22 november 2026", "€ 1.234,56", "91,5", "96%"). A no-break space keeps "€" and the amount,
/// and day, month and year, on one line (a line break inside "€ 1.234,56" reads as two amounts).
/// </summary>
public sealed class ValueFormatter
{
    private const char NoBreakSpace = '\u00A0';

    private readonly CultureInfo _culture;

    private ValueFormatter(CultureInfo culture)
    {
        _culture = culture;
    }

    public static ValueFormatter Dutch { get; } = new(CultureInfo.GetCultureInfo("nl-NL"));

    public static ValueFormatter For(string language) => language switch
    {
        "nl" => Dutch,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No formats for this language yet."),
    };

    public string Date(DateOnly date) =>
        date.ToString("d MMMM yyyy", _culture).Replace(' ', NoBreakSpace);

    /// <summary>Month and year, as used for a row of the calculation table: "december 2026".</summary>
    public string Month(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MMMM yyyy", _culture);

    public string Money(decimal amount) =>
        "€" + NoBreakSpace + amount.ToString("#,##0.00", _culture);

    /// <summary>Hours, days and other counts: no decimals when whole, otherwise at most two.</summary>
    public string Number(decimal value) => value.ToString("#,##0.##", _culture);

    public string Percentage(decimal value) => value.ToString("0.##", _culture) + "%";
}
