using System.Globalization;

namespace Smi.Docs.Formatting;

/// <summary>
/// CLDR cardinal plural rules for the languages Smi.Docs writes (nl binding; en, ar, tr, pl, uk service copies).
/// The rules are the CLDR ones in terms of its operands: n (absolute value), i (integer digits), v (number of
/// visible fraction digits). Arabic has six forms, Polish and Ukrainian four (issue 5).
/// </summary>
public static class PluralRules
{
    public static IReadOnlyList<string> Languages { get; } = ["nl", "en", "ar", "tr", "pl", "uk"];

    /// <summary>
    /// The categories a language distinguishes, in CLDR order (zero, one, two, few, many, other): a template's
    /// <c>meervoud</c> gives one word form per category in this order.
    /// </summary>
    public static IReadOnlyList<PluralCategory> Categories(string language) => language switch
    {
        "nl" or "en" or "tr" => [PluralCategory.One, PluralCategory.Other],
        "pl" or "uk" => [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        "ar" => [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no plural rules for this language"),
    };

    public static PluralCategory Category(string language, decimal number)
    {
        var n = Math.Abs(number);
        var i = (long)decimal.Truncate(n);
        var v = VisibleFractionDigits(n);
        return language switch
        {
            // one: i = 1 and v = 0
            "nl" or "en" => i == 1 && v == 0 ? PluralCategory.One : PluralCategory.Other,
            // one: n = 1
            "tr" => n == 1 ? PluralCategory.One : PluralCategory.Other,
            "pl" => Polish(i, v),
            "uk" => Ukrainian(i, v),
            "ar" => Arabic(n),
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no plural rules for this language"),
        };
    }

    private static PluralCategory Polish(long i, int v)
    {
        if (v != 0)
        {
            return PluralCategory.Other;
        }
        var mod10 = i % 10;
        var mod100 = i % 100;
        if (i == 1)
        {
            return PluralCategory.One;
        }
        // few: i % 10 = 2..4 and i % 100 != 12..14; many: every other whole number
        return mod10 is >= 2 and <= 4 && mod100 is not (>= 12 and <= 14) ? PluralCategory.Few : PluralCategory.Many;
    }

    private static PluralCategory Ukrainian(long i, int v)
    {
        if (v != 0)
        {
            return PluralCategory.Other;
        }
        var mod10 = i % 10;
        var mod100 = i % 100;
        if (mod10 == 1 && mod100 != 11)
        {
            return PluralCategory.One;
        }
        return mod10 is >= 2 and <= 4 && mod100 is not (>= 12 and <= 14) ? PluralCategory.Few : PluralCategory.Many;
    }

    private static PluralCategory Arabic(decimal n)
    {
        if (n == 0)
        {
            return PluralCategory.Zero;
        }
        if (n == 1)
        {
            return PluralCategory.One;
        }
        if (n == 2)
        {
            return PluralCategory.Two;
        }
        if (n != decimal.Truncate(n))
        {
            return PluralCategory.Other;
        }
        var mod100 = (long)n % 100;
        return mod100 switch
        {
            >= 3 and <= 10 => PluralCategory.Few,
            >= 11 and <= 99 => PluralCategory.Many,
            _ => PluralCategory.Other,
        };
    }

    /// <summary>CLDR operand v: the fraction digits as written, so 1.0 has v = 1 ("1,0 uur" is plural).</summary>
    private static int VisibleFractionDigits(decimal n)
    {
        var text = n.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        return dot < 0 ? 0 : text.Length - dot - 1;
    }
}
