using System.Reflection;
using System.Text.Json;

namespace Smi.Docs.Templating;

internal enum ShapeKind
{
    /// <summary>Text, number, bool, date: printed as is.</summary>
    Value,
    List,
    Record,

    /// <summary><see cref="object"/>: not checked, so a deliberately untyped corner never blocks a template.</summary>
    Unknown,
}

/// <summary>
/// How a view-model type looks to a template. Property names use the same camelCase policy as
/// System.Text.Json, so the checker and the dictionaries handed to Handlebars agree on every name.
/// </summary>
internal static class ViewModelShape
{
    private static readonly HashSet<Type> ValueTypes =
    [
        typeof(string), typeof(decimal), typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset),
        typeof(TimeOnly), typeof(TimeSpan), typeof(Guid),
    ];

    public static ShapeKind KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(object))
        {
            return ShapeKind.Unknown;
        }
        if (type.IsPrimitive || type.IsEnum || ValueTypes.Contains(type))
        {
            return ShapeKind.Value;
        }
        return ElementType(type) is null ? ShapeKind.Record : ShapeKind.List;
    }

    /// <summary>The element type of a list (IReadOnlyList&lt;T&gt;, arrays, any IEnumerable&lt;T&gt;), else null.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    public static PropertyInfo? FindProperty(Type type, string templateName) =>
        Properties(type).FirstOrDefault(p => TemplateName(p) == templateName);

    /// <summary>A property whose name differs only in case, for a "did you mean" hint.</summary>
    public static PropertyInfo? FindLookalike(Type type, string templateName) =>
        Properties(type).FirstOrDefault(p => string.Equals(TemplateName(p), templateName, StringComparison.OrdinalIgnoreCase));

    public static string TemplateName(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");

    public static string Describe(Type type) => KindOf(type) switch
    {
        ShapeKind.Value => "a value",
        ShapeKind.List => "a list",
        _ => "a record",
    };
}
