namespace Smi.Docs.Input;

/// <summary>
/// A node of a parsed JSON or YAML document with its path and, where the format gives one, its line
/// and column. Readers walk these nodes so both formats report problems the same way (docs/architecture.md §3).
/// </summary>
internal abstract class InputNode(string? path, InputNode? parent = null, string? key = null, int index = 0)
{
    // A path is needed only for a message, and most reads have none: a member's or item's (path null) is made from
    // its parent's when first asked, by its key or, with no key, its index.
    private string? _path = path;

    /// <summary>Where the node is in the data: <c>$.kinderen[1].uurprijs</c> (JSON) or <c>beleid.basisaanbodMaanden</c> (YAML).</summary>
    public string Path => _path ??= key is null ? $"{parent!.Path}[{index}]" : parent!.MemberPath(key, index);

    public abstract InputKind Kind { get; }

    /// <summary>1-based line, or null when the format does not keep positions (JsonDocument does not).</summary>
    public abstract int? Line { get; }

    public abstract int? Column { get; }

    public abstract IEnumerable<InputMember> Members { get; }

    public abstract IEnumerable<InputNode> Items { get; }

    /// <summary>The node as text when text is what the reader expects.</summary>
    public abstract bool TryGetText(out string text);

    public abstract NumberParse TryGetDecimal(out decimal value);

    /// <summary>The number as it was written (<c>9.455</c>, <c>1e-400</c>), to count its decimals.</summary>
    public abstract string NumberText { get; }

    public abstract bool TryGetBoolean(out bool value);

    /// <summary>The path a member <paramref name="key"/> of this node has, whether or not it exists.</summary>
    public abstract string MemberPath(string key);

    /// <summary>
    /// The path of the member at <paramref name="index"/>: by its key when the key may be shown, else by its
    /// position (<c>$.aanvrager.#3</c>), so a key that is data never reaches a message (<see cref="KeyNames"/>).
    /// </summary>
    public string MemberPath(string key, int index) =>
        KeyNames.IsToken(key) ? MemberPath(key) : PositionPath(index);

    /// <summary>The path of the member at <paramref name="index"/> by position only.</summary>
    public string PositionPath(int index) =>
        Path.Length == 0 ? KeyNames.PositionStep(index) : $"{Path}.{KeyNames.PositionStep(index)}";

    /// <summary>How the kind is called in a message ("expected a date, found a number").</summary>
    public static string Describe(InputKind kind) => kind switch
    {
        InputKind.Object => "an object",
        InputKind.Array => "a list",
        InputKind.String => "a string",
        InputKind.Number => "a number",
        InputKind.Boolean => "a boolean",
        _ => "null",
    };
}
