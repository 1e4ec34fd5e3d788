using Scriban.Syntax;

namespace Smi.Docs.Templating;

/// <summary>The partials a template includes by a quoted name (<c>{{ include 'contact' }}</c>), read from its syntax tree.</summary>
internal static class TemplateIncludes
{
    public static IReadOnlyList<string> Names(ScriptNode root) =>
        Calls(root).Select(call => call.Name).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every <c>include</c> call with its literal name (null when the name is not a quoted literal).</summary>
    public static IEnumerable<(ScriptFunctionCall Call, string? Name)> Calls(ScriptNode root) =>
        TemplateSyntax.Descendants(root)
            .OfType<ScriptFunctionCall>()
            .Where(call => call.Target is ScriptVariable { Name: TemplateFunctions.Include })
            .Select(call => (call, call.Arguments is [ScriptLiteral { Value: string name }] ? name : (string?)null));
}
