using System.Globalization;

namespace Smi.Docs.Input;

/// <summary>
/// The decimals a number was written with, read from its text: <see cref="decimal"/> loses them (<c>1e-400</c> parses
/// as 0, <c>9.4549</c> prints as 9,45), so the rule "at most two decimals" must look at what was sent.
/// </summary>
internal static class DecimalText
{
    /// <summary>Significant digits after the decimal point (trailing zeros do not count); null when the exponent is absurd.</summary>
    public static int? FractionDigits(string number)
    {
        var text = number.TrimStart('-', '+');
        var e = text.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? text : text[..e];
        var exponent = 0L;
        if (e >= 0 && !long.TryParse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            return null;
        }
        if (mantissa.All(c => c is '0' or '.'))
        {
            return 0;
        }
        exponent = Math.Clamp(exponent, -1_000_000_000L, 1_000_000_000L);
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        long fraction = (point < 0 ? 0 : mantissa.Length - point - 1) - exponent;
        // Trailing zeros are no precision: 100e-2 is 1, 9.450 is 9.45.
        for (var i = digits.Length - 1; i >= 0 && digits[i] == '0' && fraction > 0; i--)
        {
            fraction--;
        }
        return fraction <= 0 ? 0 : fraction > int.MaxValue ? null : (int)fraction;
    }
}
