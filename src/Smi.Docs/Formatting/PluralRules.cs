using System.Globalization;

namespace Smi.Docs.Formatting;

/// <summary>
/// CLDR cardinal plural rules for the languages Smi.Docs writes (nl binding; en, ar, tr, pl, uk service copies); each
/// <see cref="DocumentLanguage"/> names its own. The rules are the CLDR ones in terms of its operands: n (absolute
/// value), i (integer digits), v (number of visible fraction digits). Arabic has six forms, Polish and Ukrainian four
/// (issue 5).
/// </summary>
public static class PluralRules
{
    // one: i = 1 and v = 0 (nl, en)
    public static PluralRule OneIfWholeOne { get; } = new([PluralCategory.One, PluralCategory.Other],
        number => Operands(number) is (1, 0) ? PluralCategory.One : PluralCategory.Other);

    // one: n = 1 (tr: "1,0 saat" is singular)
    public static PluralRule OneIfOne { get; } = new([PluralCategory.One, PluralCategory.Other],
        number => Math.Abs(number) == 1 ? PluralCategory.One : PluralCategory.Other);

    public static PluralRule Polish { get; } = new(
        [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        number => PolishCategory(Operands(number)));

    public static PluralRule Ukrainian { get; } = new(
        [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        number => UkrainianCategory(Operands(number)));

    public static PluralRule Arabic { get; } = new(
        [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        number => ArabicCategory(Math.Abs(number)));

    /// <summary>The CLDR operands i (integer digits) and v (visible fraction digits) of a number.</summary>
    private static (long I, int V) Operands(decimal number)
    {
        var n = Math.Abs(number);
        return ((long)decimal.Truncate(n), VisibleFractionDigits(n));
    }

    private static PluralCategory PolishCategory((long I, int V) operands)
    {
        var (i, v) = operands;
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

    private static PluralCategory UkrainianCategory((long I, int V) operands)
    {
        var (i, v) = operands;
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

    private static PluralCategory ArabicCategory(decimal n)
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
