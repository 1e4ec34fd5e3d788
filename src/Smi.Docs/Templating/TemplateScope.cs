namespace Smi.Docs.Templating;

/// <summary>
/// The loop variables in reach at one point of a template. Only <c>for</c> adds one, for its body only; globals (the
/// view model's properties) are always in reach. A partial starts from <see cref="Globals"/>: Scriban renders an
/// included template in a new local scope, so the loop variables of the including template are not there.
/// </summary>
/// <param name="ListPath">The data path of the list the variable goes through, e.g. <c>kinderen</c>; null when unchecked.</param>
internal sealed record TemplateScope(string? Variable, Type ElementType, string? ListPath, TemplateScope? Parent)
{
    public static TemplateScope Globals { get; } = new(null, typeof(object), null, null);

    public bool InLoop => Variable is not null;

    public TemplateScope Enter(string variable, Type elementType, string? listPath) => new(variable, elementType, listPath, this);

    public TemplateScope? Find(string name) =>
        Variable is null ? null : Variable == name ? this : Parent?.Find(name);
}
