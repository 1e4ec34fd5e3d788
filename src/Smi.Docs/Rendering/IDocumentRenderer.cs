using Smi.Docs.Documents;

namespace Smi.Docs.Rendering;

/// <summary>Turns the document model into the bytes of one output format (the file extension is <see cref="Format"/>).</summary>
public interface IDocumentRenderer
{
    string Format { get; }

    Task<byte[]> RenderAsync(LetterDocument document, CancellationToken cancellationToken = default);

    /// <summary>Several documents in one file, one after the other (a translation followed by the Dutch original).</summary>
    Task<byte[]> RenderAsync(IReadOnlyList<LetterDocument> parts, CancellationToken cancellationToken = default);
}
