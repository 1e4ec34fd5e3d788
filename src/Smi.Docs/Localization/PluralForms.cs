namespace Smi.Docs.Localization;

/// <summary>
/// How many word forms <c>{{meervoud …}}</c> takes per language: the number of CLDR cardinal plural categories
/// (CLDR plurals.xml, "Language Plural Rules": nl/en/tr one, other; pl/uk one, few, many, other;
/// ar zero, one, two, few, many, other). Formatting.PluralRules picks the category; this only counts them.
/// </summary>
internal static class PluralForms
{
    public static int Count(string language) => language switch
    {
        "ar" => 6,
        "pl" or "uk" => 4,
        _ => 2,
    };
}
