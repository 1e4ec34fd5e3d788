using System.Globalization;

namespace Smi.Docs.Formatting;

/// <summary>
/// Formats dates, money, numbers and percentages the way a letter in one language writes them (each <see cref="DocumentLanguage"/> names its own)
/// (nl "22 november 2026", "€ 1.234,56", "91,5", "96%"; en "22 November 2026", "€1,234.56"; pl "22 listopada 2026",
/// "1 234,56 €"; tr "%96"). Month names and separators are the CLDR data of .NET's ICU; the euro sign and where it
/// goes are ours, because a culture's own currency would be wrong (zł, ₺, ₴). No-break spaces keep "€" and the
/// amount, and day, month and year, on one line (a line break inside "€ 1.234,56" reads as two amounts).
/// </summary>
public sealed class ValueFormatter
{
    private const char NoBreakSpace = '\u00A0';

    private readonly CultureInfo _culture;
    private readonly string _moneyPattern;
    private readonly string _percentagePattern;

    private ValueFormatter(CultureInfo culture, string moneyPattern, string percentagePattern = "{0}%")
    {
        _culture = culture;
        _moneyPattern = moneyPattern;
        _percentagePattern = percentagePattern;
    }

    public static ValueFormatter Dutch { get; } = new(Culture("nl-NL"), "€\u00A0{0}");

    public static ValueFormatter English { get; } = new(Culture("en-GB"), "€{0}");

    // ICU's Arabic separators (٬ ٫) next to the Latin digits .NET always writes would make "1٬234٫56": the letter keeps
    // Latin digits with "," and "." so the amounts match the Dutch original digit for digit.
    public static ValueFormatter Arabic { get; } = new(ArabicCulture(), "{0}\u00A0€");

    public static ValueFormatter Turkish { get; } = new(Culture("tr-TR"), "€{0}", "%{0}");

    public static ValueFormatter Polish { get; } = new(Culture("pl-PL"), "{0}\u00A0€");

    public static ValueFormatter Ukrainian { get; } = new(Culture("uk-UA"), "{0}\u00A0€");

    public string Date(DateOnly date) =>
        date.ToString("d MMMM yyyy", _culture).Replace(' ', NoBreakSpace);

    /// <summary>Month and year, as used for a row of the calculation table: "december 2026" (nominative in pl and uk).</summary>
    public string Month(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MMMM yyyy", _culture);

    public string Money(decimal amount) =>
        string.Format(CultureInfo.InvariantCulture, _moneyPattern, amount.ToString("#,##0.00", _culture));

    /// <summary>Hours, days and other counts: no decimals when whole, otherwise at most two.</summary>
    public string Number(decimal value) => value.ToString("#,##0.##", _culture);

    public string Percentage(decimal value) =>
        string.Format(CultureInfo.InvariantCulture, _percentagePattern, value.ToString("0.##", _culture));

    private static CultureInfo Culture(string name) => CultureInfo.GetCultureInfo(name);

    private static CultureInfo ArabicCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ar").Clone();
        culture.DateTimeFormat.Calendar = new GregorianCalendar();
        culture.NumberFormat.NumberDecimalSeparator = ".";
        culture.NumberFormat.NumberGroupSeparator = ",";
        return CultureInfo.ReadOnly(culture);
    }
}
