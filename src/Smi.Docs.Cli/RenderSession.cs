using Smi.Docs.Cases;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Html;
using Smi.Docs.Policy;
using Smi.Docs.Rendering;

namespace Smi.Docs.Cli;

/// <summary>
/// One composer and one renderer per format, built once and reused for every document of a run
/// (the browser behind the PDF renderer is started only when PDF is asked for).
/// </summary>
internal sealed class RenderSession : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> AllFormats = ["html", "docx", "pdf"];

    private readonly Dictionary<string, IDocumentRenderer> _renderers;
    private readonly IAsyncDisposable? _browser;

    private RenderSession(DocumentComposer composer, Dictionary<string, IDocumentRenderer> renderers, IAsyncDisposable? browser)
    {
        Composer = composer;
        _renderers = renderers;
        _browser = browser;
    }

    public DocumentComposer Composer { get; }

    public static IReadOnlyList<string> ParseFormats(string list)
    {
        var formats = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant())
            .Distinct()
            .ToList();
        var unknown = formats.Where(f => !AllFormats.Contains(f)).ToList();
        if (formats.Count == 0 || unknown.Count > 0)
        {
            throw new SmiDocsException(Diagnostic.Error(
                OptionCodes.UnknownFormat, $"unknown format '{string.Join(", ", unknown)}'; use one or more of {string.Join(", ", AllFormats)}", new SourceLocation("--format")));
        }
        return formats;
    }

    public static async Task<RenderSession> StartAsync(string templatesDirectory, IReadOnlyList<string> formats, CancellationToken cancellationToken)
    {
        var composer = DocumentComposer.Create(templatesDirectory);
        var html = new HtmlLetterRenderer();
        var renderers = new Dictionary<string, IDocumentRenderer>(StringComparer.Ordinal) { ["html"] = html };
        IAsyncDisposable? browser = null;
        foreach (var format in formats)
        {
            switch (format)
            {
                case "docx":
                    renderers["docx"] = RendererFactory.Docx();
                    break;
                case "pdf":
                    var (pdf, owner) = await RendererFactory.PdfAsync(html, cancellationToken);
                    renderers["pdf"] = pdf;
                    browser = owner;
                    break;
            }
        }
        return new RenderSession(composer, renderers, browser);
    }

    /// <param name="fallbackToDutch">Write the Dutch document, with a notice in <paramref name="language"/>, when the translation is missing.</param>
    /// <param name="bundle">The translation followed by the Dutch original in one file per format, named <c>&lt;doc&gt;.&lt;lang&gt;+nl.&lt;format&gt;</c>.</param>
    public async Task<IReadOnlyList<RenderedFile>> RenderAsync(
        SmiCase? zaak, MunicipalityProfile profile, string documentId, string language, IReadOnlyList<string> formats,
        CancellationToken cancellationToken, bool fallbackToDutch = false, bool bundle = false)
    {
        var parts = bundle
            ? Composer.ComposeBundle(zaak, profile, documentId, language)
            : [Composer.Compose(zaak, profile, documentId, language, fallbackToDutch)];
        var name = parts.Count > 1 ? $"{documentId}.{language}+nl" : $"{documentId}.{language}";
        var files = new List<RenderedFile>(formats.Count);
        foreach (var format in formats)
        {
            var bytes = await _renderers[format].RenderAsync(parts, cancellationToken);
            files.Add(new RenderedFile($"{name}.{format}", bytes));
        }
        return files;
    }

    public async Task<byte[]> RenderOneAsync(Documents.LetterDocument document, string format, CancellationToken cancellationToken) =>
        await _renderers[format].RenderAsync(document, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }
}
