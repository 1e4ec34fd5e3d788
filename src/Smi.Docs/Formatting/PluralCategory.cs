namespace Smi.Docs.Formatting;

/// <summary>The CLDR plural categories (Unicode TR35, "Language Plural Rules").</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}
