using Scriban.Syntax;

namespace Smi.Docs.Templating;

/// <summary>
/// The tags of a parsed template. The lexer keeps every <c>{{</c> and <c>}}</c> as an escape node in the tree (KeepTrivia),
/// so a tag runs from one opening node to the next closing one; what lies between says what the tag does.
/// </summary>
internal static class TemplateTags
{
    public static IReadOnlyList<TemplateTag> Of(ScriptPage page)
    {
        var nodes = TemplateSyntax.Descendants(page)
            .Where(n => n is not (ScriptPage or ScriptBlockStatement) && !(n.GetType().IsGenericType && n.GetType().GetGenericTypeDefinition() == typeof(ScriptList<>)) && !n.Span.IsEmpty)
            .OrderBy(n => n.Span.Start.Offset)
            .ToList();
        var tags = new List<TemplateTag>();
        int? open = null;
        var kind = TemplateTagKind.Comment;
        foreach (var node in nodes)
        {
            if (node is ScriptEscapeStatement escape)
            {
                if (open is null && escape.IsEntering)
                {
                    open = escape.Span.Start.Offset;
                    kind = TemplateTagKind.Comment;
                }
                else if (open is { } start && !escape.IsEntering)
                {
                    tags.Add(new TemplateTag(start, escape.Span.End.Offset + 1, kind));
                    open = null;
                }
                continue;
            }
            if (open is not null)
            {
                kind = Stronger(kind, KindOf(node));
            }
        }
        return tags;
    }

    private static TemplateTagKind KindOf(ScriptNode node) => node switch
    {
        ScriptFunctionCall { Target: ScriptVariable { Name: TemplateFunctions.Include } } => TemplateTagKind.Include,
        ScriptExpressionStatement => TemplateTagKind.Value,
        _ => TemplateTagKind.Control,
    };

    // A tag holds one statement; its nodes are the statement and its parts, so the most telling kind wins.
    private static TemplateTagKind Stronger(TemplateTagKind current, TemplateTagKind next) =>
        current == TemplateTagKind.Include || next == TemplateTagKind.Include ? TemplateTagKind.Include
        : current == TemplateTagKind.Value || next == TemplateTagKind.Value ? TemplateTagKind.Value
        : TemplateTagKind.Control;
}
