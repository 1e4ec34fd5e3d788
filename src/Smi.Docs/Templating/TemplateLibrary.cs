using HandlebarsDotNet;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;

namespace Smi.Docs.Templating;

/// <summary>
/// The templates of one language, read from disk, checked and compiled once; safe to share across
/// threads. Layout: <c>templates/&lt;document&gt;/&lt;document&gt;.hbs</c> and <c>templates/partials/*.hbs</c>.
/// </summary>
public sealed class TemplateLibrary
{
    private readonly IReadOnlyDictionary<string, CompiledTemplate> _documents;

    private TemplateLibrary(string language, IReadOnlyDictionary<string, CompiledTemplate> documents)
    {
        Language = language;
        _documents = documents;
    }

    public string Language { get; }

    public IReadOnlyCollection<string> DocumentIds => _documents.Keys.ToList();

    public static TemplateLibrary Load(string templatesDirectory, string language = "nl")
    {
        var diagnostics = new DiagnosticBag();
        var partials = LoadPartials(templatesDirectory);
        var handlebars = CreateEnvironment(ValueFormatter.For(language));
        foreach (var partial in partials.Values)
        {
            handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(partial.FileName), partial.Body);
        }

        var documents = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        foreach (var definition in DocumentDefinitions.All)
        {
            var path = Path.Combine(templatesDirectory, definition.Id, definition.Id + ".hbs");
            if (!File.Exists(path))
            {
                continue;
            }
            try
            {
                var file = TemplateFile.Load(path, DisplayName(templatesDirectory, path));
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
                diagnostics.Error("SMI3100", "template does not compile: " + e.Message, SourceLocation.InFile(DisplayName(templatesDirectory, path), 1, 1));
            }
        }
        diagnostics.ThrowIfErrors();
        return new TemplateLibrary(language, documents);
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

    private static IHandlebars CreateEnvironment(ValueFormatter formatter)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = new MarkdownTextEncoder(),
            ThrowOnUnresolvedBindingExpression = true,
        });
        FormattingHelpers.Register(handlebars, formatter);
        return handlebars;
    }

    private static Dictionary<string, TemplateFile> LoadPartials(string templatesDirectory)
    {
        var directory = Path.Combine(templatesDirectory, "partials");
        if (!Directory.Exists(directory))
        {
            return [];
        }
        return Directory.GetFiles(directory, "*.hbs")
            .Order(StringComparer.Ordinal)
            .Select(path => TemplateFile.Load(path, DisplayName(templatesDirectory, path)))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f.FileName), StringComparer.Ordinal);
    }

    private static string DisplayName(string templatesDirectory, string path) =>
        Path.Combine("templates", Path.GetRelativePath(templatesDirectory, path)).Replace('\\', '/');

    private sealed record CompiledTemplate(TemplateFile File, HandlebarsTemplate<object, object> Render);
}

/// <summary>A template rendered to Markdown, with the title and subject from its front matter.</summary>
public sealed record RenderedTemplate(string Markdown, string Title, string Subject);
