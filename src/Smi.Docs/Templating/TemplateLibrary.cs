using HandlebarsDotNet;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;

namespace Smi.Docs.Templating;

/// <summary>
/// The templates of one language, read from disk, checked and compiled once; safe to share across threads.
/// Layout: <c>&lt;document&gt;/&lt;document&gt;.hbs</c> and <c>partials/*.hbs</c> under <c>templates/</c> (Dutch) or
/// <c>locales/&lt;taal&gt;/</c> (a translation). A translation may lack a document or a partial: that document is then
/// <see cref="Missing"/> (rendering it is an error naming the file, unless the caller falls back to Dutch).
/// </summary>
public sealed partial class TemplateLibrary
{
    private readonly IReadOnlyDictionary<string, CompiledTemplate> _documents;

    private TemplateLibrary(string language, IReadOnlyDictionary<string, CompiledTemplate> documents, IReadOnlyDictionary<string, string> missing)
    {
        Language = language;
        _documents = documents;
        Missing = missing;
    }

    public string Language { get; }

    public IReadOnlyCollection<string> DocumentIds => _documents.Keys.ToList();

    /// <summary>Document id → the file (as diagnostics name it) whose absence keeps that document from this language.</summary>
    public IReadOnlyDictionary<string, string> Missing { get; }

    /// <param name="displayRoot">How diagnostics name <paramref name="directory"/>: "templates" or "locales/en".</param>
    public static TemplateLibrary Load(string directory, string language = "nl", string displayRoot = "templates")
    {
        var diagnostics = new DiagnosticBag();
        var partials = LoadPartials(directory, displayRoot);
        var handlebars = CreateEnvironment(ValueFormatter.For(language), language);
        foreach (var partial in partials.Values)
        {
            handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(partial.FileName), partial.Body);
        }

        var documents = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in DocumentDefinitions.All)
        {
            var path = Path.Combine(directory, definition.Id, definition.Id + ".hbs");
            if (!File.Exists(path))
            {
                missing[definition.Id] = DisplayName(directory, displayRoot, path);
                continue;
            }
            try
            {
                var file = TemplateFile.Load(path, DisplayName(directory, displayRoot, path));
                if (PartialCalls(file.Body).FirstOrDefault(name => !partials.ContainsKey(name)) is { } absent)
                {
                    missing[definition.Id] = $"{displayRoot}/partials/{absent}.hbs";
                    continue;
                }
                foreach (var diagnostic in TemplateValidation.Check(file, definition.ViewModelType, partials))
                {
                    diagnostics.Add(diagnostic);
                }
                if (!diagnostics.HasErrors)
                {
                    documents[definition.Id] = new CompiledTemplate(file, handlebars.Compile(file.Body));
                }
            }
            catch (SmiDocsException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    diagnostics.Add(diagnostic);
                }
            }
            catch (HandlebarsException e)
            {
                diagnostics.Error("SMI3100", "template does not compile: " + e.Message, SourceLocation.InFile(DisplayName(directory, displayRoot, path), 1, 1));
            }
        }
        diagnostics.ThrowIfErrors();
        return new TemplateLibrary(language, documents, missing);
    }

    /// <summary>Renders a document template to Markdown. The view model must be of the document's type.</summary>
    public RenderedTemplate Render(string documentId, object viewModel)
    {
        if (!_documents.TryGetValue(documentId, out var template))
        {
            throw new SmiDocsException(Diagnostic.Error("SMI3300", $"no template for document '{documentId}' in language '{Language}'", new SourceLocation(null)));
        }
        string markdown;
        try
        {
            markdown = template.Render(TemplateData.From(viewModel));
        }
        catch (HandlebarsException e)
        {
            // The checker catches unknown placeholders before this point; a final render never prints a
            // blank instead of a value. Handlebars messages name the template path, never the data.
            throw new SmiDocsException(Diagnostic.Error("SMI3201", "template failed while rendering: " + e.Message, SourceLocation.InFile(template.File.FileName, 1, 1)));
        }
        return new RenderedTemplate(markdown, template.File.Required("titel"), template.File.Required("onderwerp"));
    }

    private static IHandlebars CreateEnvironment(ValueFormatter formatter, string language)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = new MarkdownTextEncoder(isolateValues: DocumentLanguage.Find(language)?.Direction == Documents.TextDirection.RightToLeft),
            ThrowOnUnresolvedBindingExpression = true,
        });
        FormattingHelpers.Register(handlebars, formatter, language);
        return handlebars;
    }

    private static Dictionary<string, TemplateFile> LoadPartials(string directory, string displayRoot)
    {
        var partials = Path.Combine(directory, "partials");
        if (!Directory.Exists(partials))
        {
            return [];
        }
        return Directory.GetFiles(partials, "*.hbs")
            .Order(StringComparer.Ordinal)
            .Select(path => TemplateFile.Load(path, DisplayName(directory, displayRoot, path)))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f.FileName), StringComparer.Ordinal);
    }

    private static IEnumerable<string> PartialCalls(string body) =>
        PartialCall().Matches(body).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    private static string DisplayName(string directory, string displayRoot, string path) =>
        (displayRoot + "/" + Path.GetRelativePath(directory, path)).Replace('\\', '/');

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{~?>\s*([A-Za-z0-9_-]+)")]
    private static partial System.Text.RegularExpressions.Regex PartialCall();

    private sealed record CompiledTemplate(TemplateFile File, HandlebarsTemplate<object, object> Render);
}

/// <summary>A template rendered to Markdown, with the title and subject from its front matter.</summary>
public sealed record RenderedTemplate(string Markdown, string Title, string Subject);
