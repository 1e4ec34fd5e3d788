using Smi.Docs.Documents;
using Smi.Docs.Rendering;

namespace Smi.Docs.Docx;

/// <summary>The DOCX renderer as one of the pipeline's output formats.</summary>
public sealed class DocxDocumentRenderer : IDocumentRenderer
{
    private readonly DocxRenderer _renderer = new();

    public string Format => "docx";

    public Task<byte[]> RenderAsync(LetterDocument document, CancellationToken cancellationToken = default) =>
        Task.FromResult(_renderer.Render(document));

    public Task<byte[]> RenderAsync(IReadOnlyList<LetterDocument> parts, CancellationToken cancellationToken = default) =>
        Task.FromResult(_renderer.Render(parts));
}
