using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Rendering;

namespace Smi.Docs.Pipeline;

/// <summary>
/// The one way a document is made, for the CLI, the batch runner and the server alike (docs/architecture.md):
/// validate → calculate → view model → template → document model (the <see cref="Composer"/>) → one renderer per
/// format. Built once by <see cref="DocumentPipelineBuilder"/>, immutable and safe to share between threads.
/// </summary>
public sealed class DocumentPipeline
{
    private readonly IReadOnlyDictionary<string, IDocumentRenderer> _renderers;

    internal DocumentPipeline(DocumentComposer composer, IReadOnlyList<IDocumentRenderer> renderers)
    {
        Composer = composer;
        _renderers = renderers.ToDictionary(r => r.Format, StringComparer.Ordinal);
        Formats = renderers.Select(r => r.Format).ToList();
    }

    public static DocumentPipelineBuilder CreateBuilder(string templatesDirectory) => new(templatesDirectory);

    public DocumentComposer Composer { get; }

    /// <summary>The formats this pipeline writes, in the order they were added.</summary>
    public IReadOnlyList<string> Formats { get; }

    public IDocumentRenderer Renderer(string format) => _renderers[format];

    /// <summary>
    /// Makes one document in each format asked for. Bad input (the request, the case, the options) and an incomplete
    /// installation come back as errors in the result with no files; the result never holds a half-made set.
    /// Only the unexpected (a bug, cancellation) is thrown.
    /// </summary>
    public async Task<RenderResult> RenderAsync(DocumentRequest request, CancellationToken cancellationToken = default)
    {
        var formats = request.Formats ?? Formats;
        List<Diagnostic> problems = DocumentFormats.Problem(formats, Formats) is { } problem ? [problem] : [];
        try
        {
            // The whole request is checked before any work, so every problem in it comes back at once.
            var plan = Composer.Plan(request);
            if (problems.Count > 0)
            {
                return new RenderResult([], problems);
            }
            var composed = Composer.Compose(plan);
            var files = new List<RenderedFile>(formats.Count);
            foreach (var format in formats)
            {
                var bytes = await _renderers[format].RenderAsync(composed.Parts, cancellationToken);
                files.Add(new RenderedFile($"{composed.FileStem}.{format}", bytes));
            }
            return new RenderResult(files, composed.Warnings);
        }
        catch (SmiDocsException e)
        {
            // A calculation the tables cannot make, a template that fails at run time, a printer gone: no files.
            return new RenderResult([], [.. problems, .. e.Diagnostics]);
        }
    }
}
