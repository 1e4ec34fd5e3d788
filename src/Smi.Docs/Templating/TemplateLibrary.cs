using Scriban.Runtime;
using Scriban.Syntax;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;

namespace Smi.Docs.Templating;

/// <summary>
/// The templates of one language, read from disk, parsed and checked once; safe to share across threads (each render
/// gets its own context). Layout: <c>&lt;document&gt;/&lt;document&gt;.sbn-md</c> and <c>partials/*.sbn-md</c> under
/// <c>templates/</c> (Dutch) or <c>locales/&lt;taal&gt;/</c> (a translation). A translation may lack a document or a
/// partial (Dutch only a document: a Dutch include of an absent partial is an error): that document is then <see cref="Missing"/> (rendering it is an error naming the file, unless the caller
/// falls back to Dutch).
/// </summary>
public sealed class TemplateLibrary
{
    /// <summary>Far beyond any letter (a render takes about a millisecond); only a runaway template gets near it.</summary>
    public static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(5);

    private readonly IReadOnlyDictionary<string, TemplateSource> _documents;
    private readonly ScriptObject _functions;
    private readonly bool _isolateValues;

    private TemplateLibrary(
        DocumentLanguage language,
        IReadOnlyDictionary<string, TemplateSource> documents,
        IReadOnlyDictionary<string, TemplateSource> partials,
        IReadOnlyDictionary<string, string> missing)
    {
        Language = language.Code;
        _documents = documents;
        Partials = partials;
        Missing = missing;
        _functions = TemplateFunctions.For(language, partials);
        _isolateValues = language.Direction == Documents.TextDirection.RightToLeft;
    }

    public string Language { get; }

    public IReadOnlyCollection<string> DocumentIds => _documents.Keys.ToList();

    /// <summary>Partials by the name templates include them with (<c>{{ include 'contact' }}</c>).</summary>
    public IReadOnlyDictionary<string, TemplateSource> Partials { get; }

    /// <summary>Document id → the file (as diagnostics name it) whose absence keeps that document from this language.</summary>
    public IReadOnlyDictionary<string, string> Missing { get; }

    /// <summary>The parsed template of a document, for tools that read its structure.</summary>
    public TemplateSource? Source(string documentId) => _documents.GetValueOrDefault(documentId);

    /// <param name="documents">The documents to load a template for; a document without one is <see cref="Missing"/>.</param>
    /// <param name="displayRoot">How diagnostics name <paramref name="directory"/>: "templates" or "locales/en".</param>
    public static TemplateLibrary Load(string directory, IReadOnlyList<TemplateDocument> documents, string language = "nl", string displayRoot = "templates")
    {
        var documentLanguage = DocumentLanguage.Find(language)
            ?? throw new ArgumentOutOfRangeException(nameof(language), language, "not a document language");
        var diagnostics = new DiagnosticBag();
        var partials = LoadPartials(directory, displayRoot, diagnostics);
        var checker = new TemplateChecker(documentLanguage);
        var loaded = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in documents)
        {
            var path = Path.Combine(directory, definition.Id, definition.Id + TemplateSource.Extension);
            if (!File.Exists(path))
            {
                missing[definition.Id] = DisplayName(directory, displayRoot, path);
                continue;
            }
            try
            {
                var source = TemplateSource.Load(path, DisplayName(directory, displayRoot, path));
                // A translation may lack a partial (the document is then missing in that language); in Dutch every
                // partial must be there, so an include of an absent one is the checker's located SMI3013.
                if (!documentLanguage.IsDutch
                    && TemplateIncludes.Names(source.Page).FirstOrDefault(name => !partials.ContainsKey(name)) is { } absent
                    && source.SyntaxErrors.Count == 0)
                {
                    missing[definition.Id] = $"{displayRoot}/partials/{absent}{TemplateSource.Extension}";
                    continue;
                }
                // The checker reports the syntax errors of the partials it walks; LoadPartials reported them already.
                diagnostics.AddRange(checker.Check(source, definition.ViewModelType, partials).Except(diagnostics.Items).ToList());
                loaded[definition.Id] = source;
            }
            catch (SmiDocsException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }
        diagnostics.ThrowIfErrors();
        return new TemplateLibrary(documentLanguage, loaded, partials, missing);
    }

    /// <summary>Renders a document template to Markdown. The view model must be of the document's type.</summary>
    public RenderedTemplate Render(string documentId, object viewModel)
    {
        if (!_documents.TryGetValue(documentId, out var source))
        {
            throw new SmiDocsException(Diagnostic.Error(TemplateDiagnosticCodes.NoTemplate,
                $"no template for document '{documentId}' in language '{Language}'", new SourceLocation(null)));
        }
        var markdown = TemplateRenderer.Render(source, viewModel, _functions, _isolateValues, RenderTimeout);
        return new RenderedTemplate(markdown, source.Required("titel"), source.Required("onderwerp"));
    }

    private static Dictionary<string, TemplateSource> LoadPartials(string directory, string displayRoot, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(directory, "partials");
        var partials = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return partials;
        }
        foreach (var path in Directory.GetFiles(folder, "*" + TemplateSource.Extension).Order(StringComparer.Ordinal))
        {
            try
            {
                var source = TemplateSource.Load(path, DisplayName(directory, displayRoot, path));
                diagnostics.AddRange(source.SyntaxErrors);
                partials[Path.GetFileName(path)[..^TemplateSource.Extension.Length]] = source;
            }
            catch (SmiDocsException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }
        return partials;
    }

    private static string DisplayName(string directory, string displayRoot, string path) =>
        (displayRoot + "/" + Path.GetRelativePath(directory, path)).Replace('\\', '/');
}

/// <summary>A template rendered to Markdown, with the title and subject from its front matter.</summary>
public sealed record RenderedTemplate(string Markdown, string Title, string Subject);
