using HandlebarsDotNet;
using Smi.Docs.Formatting;

namespace Smi.Docs.Templating;

/// <summary>
/// The only helpers templates may call. They format; they never compute — amounts and dates arrive
/// in the view model already calculated. Output is written through the Markdown encoder like any value.
/// </summary>
internal static class FormattingHelpers
{
    public static IReadOnlyList<string> Names { get; } = ["datum", "maand", "bedrag", "getal", "procent", "meervoud"];

    public static void Register(IHandlebars handlebars, ValueFormatter formatter, string language)
    {
        handlebars.RegisterHelper("datum", (in HelperOptions _, in Context _, in Arguments args) =>
            formatter.Date(Single<DateOnly>(args, "datum")));
        handlebars.RegisterHelper("bedrag", (in HelperOptions _, in Context _, in Arguments args) =>
            formatter.Money(Single<decimal>(args, "bedrag")));
        handlebars.RegisterHelper("getal", (in HelperOptions _, in Context _, in Arguments args) =>
            formatter.Number(Single<decimal>(args, "getal")));
        handlebars.RegisterHelper("procent", (in HelperOptions _, in Context _, in Arguments args) =>
            formatter.Percentage(Single<decimal>(args, "procent")));
        handlebars.RegisterHelper("maand", (in HelperOptions _, in Context _, in Arguments args) =>
        {
            var date = Single<DateOnly>(args, "maand");
            return formatter.Month(date.Year, date.Month);
        });
        // {{meervoud aantal "kind" "kinderen"}}: one word form per CLDR plural category of the language, in CLDR order
        // (Dutch: one, other; Polish and Ukrainian: one, few, many, other; Arabic: zero, one, two, few, many, other).
        var categories = PluralRules.Categories(language).ToList();
        handlebars.RegisterHelper("meervoud", (in HelperOptions _, in Context _, in Arguments args) =>
        {
            if (args.Length != categories.Count + 1)
            {
                throw new HandlebarsRuntimeException(
                    $"meervoud needs a number and {categories.Count} word forms in '{language}' ({string.Join(", ", categories).ToLowerInvariant()}), got {args.Length - 1}");
            }
            var count = Convert.ToDecimal(args[0], System.Globalization.CultureInfo.InvariantCulture);
            return args[categories.IndexOf(PluralRules.Category(language, count)) + 1] as string
                ?? throw new HandlebarsRuntimeException("meervoud takes its word forms as quoted words");
        });
    }

    private static T Single<T>(Arguments args, string helper)
    {
        if (args.Length != 1)
        {
            throw new HandlebarsRuntimeException($"{helper} takes one value, got {args.Length}.");
        }
        return args[0] switch
        {
            T value => value,
            int number when typeof(T) == typeof(decimal) => (T)(object)(decimal)number,
            null => throw new HandlebarsRuntimeException($"{helper} got an empty value."),
            var other => throw new HandlebarsRuntimeException($"{helper} expects a {typeof(T).Name}, got a {other.GetType().Name}."),
        };
    }
}
