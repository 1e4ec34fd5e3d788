using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Smi.Docs.Templating;

/// <summary>
/// Turns a typed view model into the plain tree Handlebars reads: records become dictionaries keyed by
/// the camelCase property name, lists become lists, leaves (text, numbers, dates, booleans) stay as they are.
/// The template checker resolves template paths with the same naming rule.
/// </summary>
public static class TemplateData
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType = new();

    public static object? From(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double or DateOnly => value,
        Enum e => e.ToString(),
        IEnumerable list => list.Cast<object?>().Select(From).ToList(),
        _ => FromRecord(value),
    };

    public static string TemplateName(string propertyName) =>
        char.ToLowerInvariant(propertyName[0]) + propertyName[1..];

    public static IReadOnlyList<PropertyInfo> Properties(Type type) =>
        PropertiesByType.GetOrAdd(type, t => t
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToArray());

    private static Dictionary<string, object?> FromRecord(object record)
    {
        var properties = Properties(record.GetType());
        var result = new Dictionary<string, object?>(properties.Count, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            result[TemplateName(property.Name)] = From(property.GetValue(record));
        }
        return result;
    }
}
