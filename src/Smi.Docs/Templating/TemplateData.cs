using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Smi.Docs.Templating;

/// <summary>
/// Turns a typed view model into the plain tree Handlebars reads: records become dictionaries keyed by
/// the template name of each property (<see cref="ViewModelShape.TemplateName"/>, the same rule the
/// checker resolves paths with), lists become lists, values (text, numbers, dates, booleans) stay as they are.
/// </summary>
public static class TemplateData
{
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> PropertiesByType = new();

    public static object? From(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double or DateOnly => value,
        Enum e => e.ToString(),
        IEnumerable list => list.Cast<object?>().Select(From).ToList(),
        _ => FromRecord(value),
    };

    private static Dictionary<string, object?> FromRecord(object record)
    {
        var properties = PropertiesByType.GetOrAdd(record.GetType(), type =>
            ViewModelShape.Properties(type).Select(p => (ViewModelShape.TemplateName(p), p)).ToArray());
        var result = new Dictionary<string, object?>(properties.Length, StringComparer.Ordinal);
        foreach (var (name, property) in properties)
        {
            result[name] = From(property.GetValue(record));
        }
        return result;
    }
}
