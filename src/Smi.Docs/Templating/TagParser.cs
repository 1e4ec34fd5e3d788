using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>
/// Reads the inside of one tag. Everything outside the small subset our templates may use is reported,
/// not guessed at: communication staff should learn the subset from the messages.
/// </summary>
internal sealed class TagParser(string file, IReadOnlySet<string> helpers, DiagnosticBag bag)
{
    private static readonly HashSet<string> Blocks = ["if", "unless", "each", "with"];

    public TemplateTag? Parse(RawTag raw)
    {
        var content = raw.Content.Trim();
        if (content.Length == 0)
        {
            return Fail(raw, TemplateDiagnosticCodes.EmptyTag, "empty '{{}}'; write a path such as '{{aanvrager.achternaam}}'");
        }
        return content[0] switch
        {
            '&' => Fail(raw, TemplateDiagnosticCodes.UnescapedOutput,
                "'{{& …}}' writes text without Markdown escaping and is not allowed; use '{{…}}'"),
            '#' => ParseBlockOpen(raw, content[1..]),
            '/' => ParseBlockClose(raw, content[1..].Trim()),
            '>' => ParsePartial(raw, content[1..]),
            '^' => Fail(raw, TemplateDiagnosticCodes.UnsupportedSyntax, "'{{^…}}' is not supported; use '{{else}}' or '{{#unless …}}'"),
            '*' => Fail(raw, TemplateDiagnosticCodes.UnsupportedSyntax, "decorators ('{{*…}}') are not supported"),
            _ => ParseValueOrElse(raw, content),
        };
    }

    private TemplateTag? ParseBlockOpen(RawTag raw, string rest)
    {
        if (rest.StartsWith('>') || rest.StartsWith('*'))
        {
            return Fail(raw, TemplateDiagnosticCodes.UnsupportedSyntax, "partial blocks and inline partials are not supported; use '{{> naam}}'");
        }
        var words = Split(raw, rest);
        if (words is null)
        {
            return null;
        }
        var name = words.Count > 0 ? words[0].Text : "";
        if (!Blocks.Contains(name))
        {
            return Fail(raw, TemplateDiagnosticCodes.UnknownBlock, $"unknown block '{{{{#{name}}}}}'; allowed are #if, #unless, #each and #with");
        }
        if (words.Count != 2 || words[1].IsLiteral)
        {
            return Fail(raw, TemplateDiagnosticCodes.UnknownBlock, $"'{{{{#{name}}}}}' needs exactly one path, as in '{{{{#{name} kinderen}}}}'");
        }
        return new TemplateTag(TagKind.BlockOpen, name, [words[1]], raw.Line, raw.Column);
    }

    private TemplateTag? ParseBlockClose(RawTag raw, string name) =>
        name.Length == 0 || name.Any(char.IsWhiteSpace)
            ? Fail(raw, TemplateDiagnosticCodes.UnknownBlock, "a closing tag names one block, as in '{{/if}}'")
            : new TemplateTag(TagKind.BlockClose, name, [], raw.Line, raw.Column);

    private TemplateTag? ParsePartial(RawTag raw, string rest)
    {
        var words = Split(raw, rest);
        if (words is null)
        {
            return null;
        }
        if (words.Count != 1 || words[0].IsLiteral)
        {
            return Fail(raw, TemplateDiagnosticCodes.UnsupportedSyntax,
                "a partial is written '{{> naam}}' and uses the current scope; it takes no other arguments");
        }
        return new TemplateTag(TagKind.Partial, words[0].Text, [], raw.Line, raw.Column);
    }

    private TemplateTag? ParseValueOrElse(RawTag raw, string content)
    {
        var words = Split(raw, content);
        if (words is null)
        {
            return null;
        }
        if (words[0].Text == "else" && !words[0].IsLiteral)
        {
            return words.Count == 1
                ? new TemplateTag(TagKind.Else, "else", [], raw.Line, raw.Column)
                : Fail(raw, TemplateDiagnosticCodes.UnsupportedSyntax, "'{{else …}}' is not supported; nest an '{{#if …}}' inside '{{else}}'");
        }
        if (words[0].IsLiteral)
        {
            return Fail(raw, TemplateDiagnosticCodes.UnsupportedSyntax, $"'{{{{{content}}}}}' starts with a literal; a tag starts with a path or a helper");
        }
        // Handlebars.Net calls a helper even when a view-model property has the same name.
        if (helpers.Contains(words[0].Text))
        {
            return new TemplateTag(TagKind.Value, words[0].Text, words.Skip(1).ToList(), raw.Line, raw.Column);
        }
        if (words.Count > 1)
        {
            return Fail(raw, TemplateDiagnosticCodes.UnknownHelper,
                $"unknown helper '{words[0].Text}'; known helpers are {string.Join(", ", helpers.Order(StringComparer.Ordinal))}");
        }
        return new TemplateTag(TagKind.Value, "", words, raw.Line, raw.Column);
    }

    private List<TagArgument>? Split(RawTag raw, string text)
    {
        var words = TagWords.Split(text, out var problem);
        return problem is null ? words : Fail<List<TagArgument>>(raw, TemplateDiagnosticCodes.UnsupportedSyntax, problem);
    }

    private TemplateTag? Fail(RawTag raw, string code, string message) => Fail<TemplateTag>(raw, code, message);

    private T? Fail<T>(RawTag raw, string code, string message)
        where T : class
    {
        bag.Error(code, message, SourceLocation.InFile(file, raw.Line, raw.Column));
        return null;
    }
}
