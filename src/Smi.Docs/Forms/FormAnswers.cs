using System.Text.Json;
using System.Text.Json.Nodes;

namespace Smi.Docs.Forms;

/// <summary>
/// What a parent typed into the online form, exactly as posted, keyed by input name: a field's id, or for a date its
/// three boxes <c>&lt;id&gt;-dag</c>, <c>-maand</c>, <c>-jaar</c> (<see cref="DateInputs"/>); a checkbox list holds its
/// ticked values joined by commas. <see cref="Kinderen"/> holds the same per child. Raw text is kept even when it is
/// wrong, so a page sent back with errors shows every answer again (never lost). <see cref="Bestanden"/> lists the files
/// the parent attached (the file itself is in the tenant's file store, never in the answers).
/// </summary>
public sealed class FormAnswers
{
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public List<Dictionary<string, string>> Kinderen { get; } = [];

    public List<FormAttachment> Bestanden { get; } = [];

    public static (string Day, string Month, string Year) DateInputs(string fieldId) => ($"{fieldId}-dag", $"{fieldId}-maand", $"{fieldId}-jaar");

    /// <summary>The trimmed answer, or null when empty or not given.</summary>
    public static string? Get(IReadOnlyDictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string? Get(string name) => Get(Values, name);

    /// <summary>The ticked values of a checkbox list.</summary>
    public static IReadOnlyList<string> Ticked(IReadOnlyDictionary<string, string> values, string fieldId) =>
        Get(values, fieldId)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>True when the field's condition (<c>toonAls</c>) holds; a condition always names a field outside the per-child ones.</summary>
    public bool Shows(FormField field) => field.ToonAls is not { } condition || Get(condition.Veld) == condition.Is;

    public bool Shows(FormOption option) => option.ToonAls is not { } condition || Get(condition.Veld) == condition.Is;

    public string ToJson()
    {
        var json = new JsonObject
        {
            ["waarden"] = ToObject(Values),
            ["kinderen"] = new JsonArray(Kinderen.Select(k => (JsonNode)ToObject(k)).ToArray()),
            ["bestanden"] = new JsonArray(Bestanden.Select(b => (JsonNode)b.ToJson()).ToArray()),
        };
        return json.ToJsonString();
    }

    /// <exception cref="JsonException">Not what <see cref="ToJson"/> writes.</exception>
    public static FormAnswers FromJson(string json)
    {
        var answers = new FormAnswers();
        var root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("answers are a JSON object");
        Fill(answers.Values, root["waarden"] as JsonObject);
        foreach (var child in root["kinderen"] as JsonArray ?? [])
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            Fill(values, child as JsonObject);
            answers.Kinderen.Add(values);
        }
        foreach (var file in root["bestanden"] as JsonArray ?? [])
        {
            answers.Bestanden.Add(FormAttachment.FromJson(file as JsonObject ?? throw new JsonException("a file is a JSON object")));
        }
        return answers;
    }

    private static JsonObject ToObject(Dictionary<string, string> values) =>
        new(values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => KeyValuePair.Create(v.Key, (JsonNode?)JsonValue.Create(v.Value))));

    private static void Fill(Dictionary<string, string> values, JsonObject? source)
    {
        foreach (var (key, value) in source ?? [])
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var s))
            {
                values[key] = s;
            }
        }
    }
}
