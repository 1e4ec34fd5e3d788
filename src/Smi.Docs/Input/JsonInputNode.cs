using System.Text.Json;
using System.Text.RegularExpressions;

namespace Smi.Docs.Input;

/// <summary>
/// A <see cref="JsonElement"/> seen as an <see cref="InputNode"/>. JsonDocument keeps no positions, so
/// problems are located by JSON path only; that path is what integrators see in their own payload.
/// </summary>
internal sealed partial class JsonInputNode(JsonElement element, string path) : InputNode(path)
{
    public static JsonInputNode Root(JsonElement element) => new(element, "$");

    public override InputKind Kind => element.ValueKind switch
    {
        JsonValueKind.Object => InputKind.Object,
        JsonValueKind.Array => InputKind.Array,
        JsonValueKind.String => InputKind.String,
        JsonValueKind.Number => InputKind.Number,
        JsonValueKind.True or JsonValueKind.False => InputKind.Boolean,
        _ => InputKind.Null,
    };

    public override int? Line => null;

    public override int? Column => null;

    public override IEnumerable<InputMember> Members =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Select(p => new InputMember(p.Name, null, null, new JsonInputNode(p.Value, MemberPath(p.Name))))
            : [];

    public override IEnumerable<InputNode> Items =>
        element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select((item, i) => new JsonInputNode(item, $"{Path}[{i}]"))
            : [];

    // JSON is typed: a number where the contract says string is a mistake in the sending system.
    public override bool TryGetText(out string text)
    {
        text = element.ValueKind == JsonValueKind.String ? element.GetString()! : "";
        return element.ValueKind == JsonValueKind.String;
    }

    public override NumberParse TryGetDecimal(out decimal value)
    {
        value = 0;
        if (element.ValueKind != JsonValueKind.Number)
        {
            return NumberParse.NotANumber;
        }
        return element.TryGetDecimal(out value) ? NumberParse.Ok : NumberParse.OutOfRange;
    }

    public override bool TryGetBoolean(out bool value)
    {
        value = element.ValueKind == JsonValueKind.True;
        return element.ValueKind is JsonValueKind.True or JsonValueKind.False;
    }

    public override string MemberPath(string key) =>
        PlainKey().IsMatch(key) ? $"{Path}.{key}" : $"{Path}['{key.Replace("'", "\\'", StringComparison.Ordinal)}']";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainKey();
}
