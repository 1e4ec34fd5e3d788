using System.Text.Json;
using System.Text.Json.Serialization;

namespace Smi.Docs.Server.Endpoints;

/// <summary>How the service writes its own JSON (lists, profile, forms, audit): camelCase, enums as text, dates as ISO 8601.</summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static IResult Of<T>(T value) => Results.Json(value, Options);
}
