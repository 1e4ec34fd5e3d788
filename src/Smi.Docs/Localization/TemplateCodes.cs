using Scriban.Syntax;
using Smi.Docs.Templating;

namespace Smi.Docs.Localization;

/// <summary>
/// The tags of a parsed template (<see cref="TemplateSource.Tags"/>) with what the locale tools need of each. The
/// escape nodes of the tree (KeepTrivia) give each tag's delimiters, so its statement lies between them.
/// </summary>
internal static class TemplateCodes
{
    /// <summary>The plural function of <see cref="TemplateFunctions"/>, whose word forms a translation may change.</summary>
    private const string Meervoud = "meervoud";

    public static IReadOnlyList<TemplateCode> Of(TemplateSource source)
    {
        var nodes = TemplateSyntax.Descendants(source.Page).Where(n => !n.Span.IsEmpty).ToList();
        var escapes = nodes.OfType<ScriptEscapeStatement>().ToList();
        var statements = nodes.OfType<ScriptExpressionStatement>().ToList();
        return source.Tags.Select(tag =>
        {
            var open = escapes.FirstOrDefault(e => e.Span.Start.Offset == tag.Start);
            var close = escapes.LastOrDefault(e => e.Span.End.Offset + 1 == tag.End);
            var insideStart = open is null ? tag.Start : open.Span.End.Offset + 1;
            var insideEnd = close is null || close.Span.Start.Offset < insideStart ? tag.End : close.Span.Start.Offset;
            var inside = Collapse(source.Text[insideStart..insideEnd]);
            var call = tag.Kind == TemplateTagKind.Value
                ? statements.FirstOrDefault(s => s.Span.Start.Offset >= tag.Start && s.Span.End.Offset < tag.End)?.Expression as ScriptFunctionCall
                : null;
            var (key, forms) = call is { Target: ScriptVariable { Name: Meervoud } }
                ? MeervoudKey(source.Text, call)
                : (inside, (int?)null);
            return new TemplateCode(tag.Start, tag.End, source.Text[tag.Start..tag.End], tag.Kind, inside, key, forms);
        }).ToList();
    }

    /// <summary><c>meervoud n "kind" "kinderen"</c>: the key keeps the function and its count, the forms are counted.</summary>
    private static (string Key, int? Forms) MeervoudKey(string text, ScriptFunctionCall call)
    {
        var count = call.Arguments.Where(a => a is not ScriptLiteral { Value: string }).Select(a => Collapse(TextOf(text, a)));
        var forms = call.Arguments.Count(a => a is ScriptLiteral { Value: string });
        return (string.Join(' ', [Meervoud, .. count]), forms);
    }

    private static string TextOf(string text, ScriptNode node) => text[node.Span.Start.Offset..(node.Span.End.Offset + 1)];

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
