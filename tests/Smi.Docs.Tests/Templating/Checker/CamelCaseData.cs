using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace Smi.Docs.Tests.Templating.Checker;

/// <summary>
/// Turns a view-model record into the plain dictionaries and lists Handlebars.Net reads, with camelCase
/// keys. Written independently of the checker on purpose, so the render tests prove both agree.
/// </summary>
internal static class CamelCaseData
{
    public static object? From(object? value) => value switch
    {
        null => null,
        string or decimal or DateOnly or bool or int or long or double => value,
        IEnumerable list => list.Cast<object?>().Select(From).ToList(),
        _ => value.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => From(p.GetValue(value))),
    };
}
