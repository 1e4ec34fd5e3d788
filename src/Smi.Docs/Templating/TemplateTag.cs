namespace Smi.Docs.Templating;

internal enum TagKind
{
    /// <summary><c>{{path}}</c> or <c>{{helper arg …}}</c>.</summary>
    Value,
    BlockOpen,
    BlockClose,
    Else,
    Partial,
}

/// <summary>One argument of a tag: a path into the view model or a literal ("tekst", 3, true).</summary>
internal sealed record TagArgument(string Text, bool IsLiteral);

/// <summary>
/// A tag that parsed cleanly. <see cref="Name"/> is the block name, partial name or helper name (empty
/// for a plain placeholder); <see cref="Arguments"/> are the paths and literals after it.
/// </summary>
internal sealed record TemplateTag(TagKind Kind, string Name, IReadOnlyList<TagArgument> Arguments, int Line, int Column)
{
    public bool IsHelperCall => Kind == TagKind.Value && Name.Length > 0;
}
