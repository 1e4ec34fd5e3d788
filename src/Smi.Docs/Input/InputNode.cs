namespace Smi.Docs.Input;

/// <summary>
/// A node of a parsed JSON or YAML document with its path and, where the format gives one, its line
/// and column. Readers walk these nodes so both formats report problems the same way (docs/architecture.md §3).
/// </summary>
internal abstract class InputNode(string path)
{
    /// <summary>Where the node is in the data: <c>$.kinderen[1].uurprijs</c> (JSON) or <c>beleid.basisaanbodMaanden</c> (YAML).</summary>
    public string Path { get; } = path;

    public abstract InputKind Kind { get; }

    /// <summary>1-based line, or null when the format does not keep positions (JsonDocument does not).</summary>
    public abstract int? Line { get; }

    public abstract int? Column { get; }

    public abstract IEnumerable<InputMember> Members { get; }

    public abstract IEnumerable<InputNode> Items { get; }

    /// <summary>The node as text when text is what the reader expects.</summary>
    public abstract bool TryGetText(out string text);

    public abstract NumberParse TryGetDecimal(out decimal value);

    public abstract bool TryGetBoolean(out bool value);

    /// <summary>The path a member <paramref name="key"/> of this node has, whether or not it exists.</summary>
    public abstract string MemberPath(string key);

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
