namespace Smi.Docs.Formatting;

/// <summary>
/// The CLDR cardinal plural rule of one language: the categories it distinguishes, in CLDR order (zero, one, two, few,
/// many, other) — a template's <c>meervoud</c> gives one word form per category in this order — and which category a
/// number falls in. The rules themselves are in <see cref="PluralRules"/>.
/// </summary>
public sealed class PluralRule
{
    private readonly PluralCategory[] _categories;
    private readonly Func<decimal, PluralCategory> _category;

    internal PluralRule(PluralCategory[] categories, Func<decimal, PluralCategory> category)
    {
        _categories = categories;
        _category = category;
    }

    public IReadOnlyList<PluralCategory> Categories => _categories;

    public PluralCategory Category(decimal number) => _category(number);

    /// <summary>Where the word form for <paramref name="number"/> stands among a <c>meervoud</c>'s word forms.</summary>
    public int FormIndex(decimal number) => Array.IndexOf(_categories, Category(number));
}
