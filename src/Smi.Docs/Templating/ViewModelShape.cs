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
/// How a view-model type looks to a template. Property names use the same camelCase policy as System.Text.Json; the
/// checker and the runtime (<see cref="SafeTemplateContext"/>) both take names and visible members from here, so they
/// cannot disagree on what a template can reach.
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

    public static string TemplateName(MemberInfo member) => JsonNamingPolicy.CamelCase.ConvertName(member.Name);

    /// <summary>Only readable public instance properties: no methods, no indexers, not a record's EqualityContract.</summary>
    public static bool IsVisible(MemberInfo member) =>
        member is PropertyInfo { CanRead: true } property
        && property.GetMethod is { IsPublic: true, IsStatic: false }
        && property.GetIndexParameters().Length == 0
        && property.Name != "EqualityContract";

    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(IsVisible);

    public static string Describe(Type type) => KindOf(type) switch
    {
        ShapeKind.Value => "a value",
        ShapeKind.List => "a list",
        _ => "a record",
    };
}
