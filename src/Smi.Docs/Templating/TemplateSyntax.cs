using Scriban.Syntax;

namespace Smi.Docs.Templating;

/// <summary>The one walk over a parsed template's tree, in tree order, for every reader of the tree (includes, tags, mask, locale tools).</summary>
internal static class TemplateSyntax
{
    public static IEnumerable<ScriptNode> Descendants(ScriptNode node)
    {
        yield return node;
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                foreach (var descendant in Descendants(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
