using Scriban;
using Scriban.Parsing;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>
/// One template file (<c>*.sbn-md</c>: Scriban code in Markdown) parsed once: its front matter and the Scriban syntax
/// tree of its body. Every node of the tree carries a span into this file, so the renderer, the template checker, the
/// plain-language check and the locale tools all read the same parse and point at the same places.
/// </summary>
public sealed class TemplateSource
{
    public const string Extension = ".sbn-md";

    /// <summary>Deep enough for any expression a letter needs; a deeper one is refused at parse time, not on the stack.</summary>
    internal const int ExpressionDepthLimit = 64;

    private IReadOnlyList<TemplateTag>? _tags;

    private TemplateSource(string fileName, string text, FrontMatter frontMatter, Template template, LineIndex lines)
    {
        FileName = fileName;
        Text = text;
        FrontMatter = frontMatter;
        Template = template;
        Lines = lines;
        SyntaxErrors = template.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => Diagnostic.Error(TemplateDiagnosticCodes.SyntaxError, m.Message, Locate(m.Span)))
            .ToList();
    }

    /// <summary>The file as diagnostics name it: <c>templates/toekenning/toekenning.sbn-md</c>.</summary>
    public string FileName { get; }

    /// <summary>The whole file as read; every span and offset refers to it.</summary>
    public string Text { get; }

    public FrontMatter FrontMatter { get; }

    public int BodyStart => FrontMatter.BodyStart;

    public Template Template { get; }

    /// <summary>The syntax tree; after a syntax error, the part Scriban could read.</summary>
    public Scriban.Syntax.ScriptPage Page => Template.Page ?? new Scriban.Syntax.ScriptPage();

    /// <summary>Every <c>{{ … }}</c> of the body in file order, with what it does; read from the tree, never scanned again.</summary>
    public IReadOnlyList<TemplateTag> Tags => _tags ??= TemplateTags.Of(Page);

    /// <summary>What Scriban could not parse, located; a template with any of these is never rendered.</summary>
    public IReadOnlyList<Diagnostic> SyntaxErrors { get; }

    internal LineIndex Lines { get; }

    public static TemplateSource Load(string path, string displayName) => Parse(File.ReadAllText(path), displayName);

    public static TemplateSource Parse(string text, string fileName)
    {
        var lines = new LineIndex(text);
        var frontMatter = FrontMatter.Read(text, fileName, lines);
        var (line, column) = lines.Locate(frontMatter.BodyStart);
        var lexer = new LexerOptions
        {
            Mode = ScriptMode.Default,
            Lang = ScriptLang.Default,
            // The lexer starts after the front matter, so spans count lines and columns of the file itself.
            StartPosition = new TextPosition(frontMatter.BodyStart, line - 1, column - 1),
            // Keeps the {{ and }} of every tag in the tree, so tools know each tag's exact extent without a scanner of their own.
            KeepTrivia = true,
        };
        var parser = new ParserOptions { ExpressionDepthLimit = ExpressionDepthLimit };
        var template = Template.Parse(text, fileName, parser, lexer);
        return new TemplateSource(fileName, text, frontMatter, template, lines);
    }

    /// <summary>A front matter value that must be there and not be empty (<c>titel</c>, <c>onderwerp</c>).</summary>
    public string Required(string key) =>
        FrontMatter.Fields.TryGetValue(key, out var field) && field.Value.Length > 0
            ? field.Value
            : throw new SmiDocsException(Diagnostic.Error(TemplateDiagnosticCodes.FrontMatterMissingKey, $"front matter needs '{key}:'", SourceLocation.InFile(FileName, 1, 1)));

    /// <summary>The place of a Scriban span in this file, as <c>file(line,col)-(line,col)</c>.</summary>
    public SourceLocation Locate(SourceSpan span) => LocateSpan(FileName, span);

    internal static SourceLocation LocateSpan(string fileName, SourceSpan span) =>
        SourceLocation.InFileSpan(span.FileName ?? fileName, span.Start.Line + 1, span.Start.Column + 1, span.End.Line + 1, span.End.Column + 1);
}
