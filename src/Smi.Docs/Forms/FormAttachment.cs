using System.Text.Json;
using System.Text.Json.Nodes;

namespace Smi.Docs.Forms;

/// <summary>
/// A file a parent attached to the online form: which of the definition's attachments it is (<paramref name="Soort"/>,
/// an option of the <c>bijlagen</c> list: inkomen, opvang …), its type by content (pdf, jpg, png), its size and SHA-256.
/// The parent's own file name is never kept (it is often personal: "ontslagbrief Jansen.pdf").
/// </summary>
/// <param name="Id">The random id the file is stored under in the tenant's file store.</param>
public sealed record FormAttachment(string Id, string Soort, string Type, long Grootte, string Sha256)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["soort"] = Soort,
        ["type"] = Type,
        ["grootte"] = Grootte,
        ["sha256"] = Sha256,
    };

    /// <exception cref="JsonException">Not what <see cref="ToJson"/> writes.</exception>
    public static FormAttachment FromJson(JsonObject json)
    {
        string Text(string name) => json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw new JsonException($"a file has no '{name}'");
        var size = json["grootte"] is JsonValue number && number.TryGetValue<long>(out var length) ? length : throw new JsonException("a file has no 'grootte'");
        return new FormAttachment(Text("id"), Text("soort"), Text("type"), size, Text("sha256"));
    }
}
