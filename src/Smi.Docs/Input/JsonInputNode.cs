using System.Text.Json;
using System.Text.RegularExpressions;

namespace Smi.Docs.Input;

/// <summary>
/// A <see cref="JsonElement"/> seen as an <see cref="InputNode"/>. JsonDocument keeps no positions, so
/// problems are located by JSON path only; that path is what integrators see in their own payload.
/// </summary>
internal sealed partial class JsonInputNode(JsonElement element, string? path, InputNode? parent = null, string? key = null, int index = 0)
    : InputNode(path, parent, key, index)
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
            ? element.EnumerateObject().Select((p, i) => Member(p, i))
            : [];

    public override IEnumerable<InputNode> Items =>
        element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select((item, i) => new JsonInputNode(item, null, this, null, i))
            : [];

    // JSON is typed: a number where the contract says string is a mistake in the sending system.
    public override bool TryGetText(out string text)
    {
        text = element.ValueKind == JsonValueKind.String ? Decoded(element, static e => e.GetString()) : "";
        return element.ValueKind == JsonValueKind.String;
    }

    public override string NumberText => element.ValueKind == JsonValueKind.Number ? element.GetRawText() : "";

    private InputMember Member(JsonProperty property, int index)
    {
        var name = Decoded(property, static p => p.Name);
        return new InputMember(name, null, null, new JsonInputNode(property.Value, null, this, name, index), index);
    }

    /// <summary>
    /// A string with an escaped surrogate that has no pair (<c>"\ud800"</c>) cannot be decoded; it reads as U+FFFD,
    /// which every text and key rule refuses, instead of throwing out of the reader.
    /// </summary>
    private static string Decoded<T>(T source, Func<T, string?> read)
    {
        try
        {
            return read(source) ?? "";
        }
        catch (InvalidOperationException)
        {
            return "\uFFFD";
        }
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

    // Only keys that may be shown get here (InputNode.MemberPath(key, index)); "a-b" needs brackets in a JSON path.
    public override string MemberPath(string key) =>
        PlainKey().IsMatch(key) ? $"{Path}.{key}" : $"{Path}['{key}']";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainKey();
}
