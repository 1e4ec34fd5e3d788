using System.Globalization;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Smi.Docs.Formatting;

namespace Smi.Docs.Templating;

/// <summary>
/// The only functions templates may call. They format; they never compute — amounts and dates arrive in the view
/// model already calculated. Their output is written through the Markdown escaper like any value. Scriban's own
/// built-in functions (<c>array.*</c>, <c>string.*</c>, <c>object.eval</c>, …) are not there at all.
/// </summary>
internal static class TemplateFunctions
{
    public const string Include = "include";

    public static IReadOnlyList<string> FormattingNames { get; } = ["datum", "maand", "bedrag", "getal", "procent", "meervoud"];

    /// <summary>The functions of one language, frozen: shared by every render in that language.</summary>
    public static ScriptObject For(DocumentLanguage language, IReadOnlyDictionary<string, TemplateSource> partials)
    {
        var formatter = language.Formatter;
        var plural = language.Plural;
        var functions = new ScriptObject
        {
            ["datum"] = One<DateOnly>("datum", formatter.Date),
            ["maand"] = One<DateOnly>("maand", date => formatter.Month(date.Year, date.Month)),
            ["bedrag"] = One<decimal>("bedrag", formatter.Money),
            ["getal"] = One<decimal>("getal", formatter.Number),
            ["procent"] = One<decimal>("procent", formatter.Percentage),
            // {{ meervoud aantal "kind" "kinderen" }}: one word form per CLDR plural category of the language, in CLDR
            // order (Dutch: one, other; Polish and Ukrainian: one, few, many, other; Arabic: zero, one, two, few, many, other).
            ["meervoud"] = new TemplateFunction((_, args, span) =>
            {
                if (args.Count != plural.Categories.Count + 1)
                {
                    throw new ScriptRuntimeException(span, PluralCountMessage(language, args.Count - 1));
                }
                var count = Number(args[0], "meervoud", span);
                return args[plural.FormIndex(count) + 1] as string
                    ?? throw new ScriptRuntimeException(span, PluralWordsMessage);
            }),
            [Include] = new TemplateFunction((context, args, span) => IncludePartial(context, args, span, partials)),
        };
        functions.IsReadOnly = true;
        return functions;
    }

    public const string Plural = "meervoud";

    public const string PluralWordsMessage = "meervoud takes its word forms as quoted words";

    // The checker reports these before rendering in the very words the runtime would use.
    public static string OneValueMessage(string name, int got) => $"{name} takes one value, got {got}";

    public static string PluralCountMessage(DocumentLanguage language, int wordForms)
    {
        var categories = language.Plural.Categories;
        return $"meervoud needs a number and {categories.Count} word forms in '{language.Code}' ({string.Join(", ", categories).ToLowerInvariant()}), got {wordForms}";
    }

    private static TemplateFunction One<T>(string name, Func<T, string> format) => new((_, args, span) =>
    {
        if (args.Count != 1)
        {
            throw new ScriptRuntimeException(span, OneValueMessage(name, args.Count));
        }
        return args[0] switch
        {
            T value => format(value),
            null => throw new ScriptRuntimeException(span, $"{name} got an empty value"),
            var other when typeof(T) == typeof(decimal) && other is int or long or double or float => format((T)(object)Number(other, name, span)),
            var other => throw new ScriptRuntimeException(span, $"{name} expects a {typeof(T).Name}, got a {other.GetType().Name}"),
        };
    });

    private static decimal Number(object? value, string name, SourceSpan span) => value switch
    {
        decimal d => d,
        int or long or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => throw new ScriptRuntimeException(span, $"{name} expects a number"),
    };

    private static RenderedPartial IncludePartial(Scriban.TemplateContext context, ScriptArray args, SourceSpan span, IReadOnlyDictionary<string, TemplateSource> partials)
    {
        if (args.Count != 1 || args[0] is not string name)
        {
            throw new ScriptRuntimeException(span, "include takes the name of one partial, in quotes");
        }
        if (!partials.TryGetValue(name, out var partial))
        {
            throw new ScriptRuntimeException(span, $"partial '{name}' does not exist");
        }
        // RenderTemplate counts the depth against RecursiveLimit, so a partial that includes itself stops there.
        return new RenderedPartial(context.RenderTemplate(partial.Template, args, context.CurrentNode));
    }
}
