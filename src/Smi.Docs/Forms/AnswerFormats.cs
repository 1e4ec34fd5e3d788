using System.Globalization;
using System.Text.RegularExpressions;
using Smi.Docs.Cases;

namespace Smi.Docs.Forms;

/// <summary>
/// The formats the online form checks and the forms in which it stores them. Parents may type spaces and small letters
/// (a postcode, an IBAN as on the bank card); what is stored is one normal form, so the case is the same however it was typed.
/// </summary>
public static partial class AnswerFormats
{
    /// <summary>
    /// The elfproef of the burgerservicenummer: nine digits d1…d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11
    /// (Besluit BRP, bijlage; the same test as the Belastingdienst's). All zeros passes the sum but is no number.
    /// </summary>
    public static bool IsBsn(string text)
    {
        var digits = Compact(text);
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit) || digits.All(c => c == '0'))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }
        sum -= digits[8] - '0';
        return sum % 11 == 0;
    }

    /// <summary>Nine digits, spaces and dots taken out (how a BSN is often written: 1234.56.782).</summary>
    public static string Bsn(string text) => Compact(text).Replace(".", "", StringComparison.Ordinal);

    /// <summary>A Dutch postcode, "1234 AB", from "1234ab", "1234  AB" …; null when it is not 4 digits (no leading 0) and 2 letters.</summary>
    public static string? Postcode(string text)
    {
        var compact = Compact(text).ToUpperInvariant();
        return PostcodeFormat().IsMatch(compact) ? $"{compact[..4]} {compact[4..]}" : null;
    }

    /// <summary>
    /// A Dutch IBAN in groups of four as on the bank card ("NL91 ABNA 0417 1643 00"), from any spacing and case; null
    /// when it is not NL + 2 digits + 4 letters + 10 digits or the ISO 7064 mod 97 check fails (<see cref="Cases.Iban"/>).
    /// </summary>
    public static string? Iban(string text)
    {
        var compact = Compact(text).ToUpperInvariant();
        if (!Cases.Iban.HasDutchFormat(compact) || !Cases.Iban.HasValidCheckDigits(compact))
        {
            return null;
        }
        return string.Join(' ', compact.Chunk(4).Select(c => new string(c)));
    }

    /// <summary>The registration number in the Landelijk Register Kinderopvang: 9 digits (spaces taken out), as the form definition's patroon has it.</summary>
    public static string? Lrk(string text)
    {
        var compact = Compact(text);
        return compact.Length == 9 && compact.All(char.IsAsciiDigit) ? compact : null;
    }

    /// <summary>A number as a Dutch parent writes it: "11,85", "11.85", "€ 11,85", "21"; null when not a number or more than two decimals.</summary>
    public static decimal? Number(string text)
    {
        var cleaned = Compact(text).TrimStart('€').Replace(',', '.');
        return NumberFormat().IsMatch(cleaned) && decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>The date from the three boxes (day, month, year as numbers; the year in four digits), or null when there is no such day.</summary>
    public static DateOnly? Date(string? day, string? month, string? year)
    {
        if (!int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || year?.Trim() is not { Length: 4 } yearText
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y < 1900 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }
        return new DateOnly(y, m, d);
    }

    /// <summary>"Kastanjelaan 27" → ("Kastanjelaan", "27"); "Laan 1940-1945 12 A" → ("Laan 1940-1945", "12 A"): the last number and what follows; null without one.</summary>
    public static (string Straat, string Huisnummer)? StreetAndNumber(string text)
    {
        var match = HouseNumber().Match(text.Trim());
        return match.Success && match.Groups["straat"].Value.Trim().Length > 0
            ? (match.Groups["straat"].Value.Trim(), match.Groups["nummer"].Value.Trim())
            : null;
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("^[1-9][0-9]{3}[A-Z]{2}$")]
    private static partial Regex PostcodeFormat();

    [GeneratedRegex(@"^[0-9]{1,7}(\.[0-9]{1,2})?$")]
    private static partial Regex NumberFormat();

    [GeneratedRegex(@"^(?<straat>.*?)\s+(?<nummer>[0-9]+(\s*[-]?\s*[A-Za-z0-9]{1,6})?)$")]
    private static partial Regex HouseNumber();
}
