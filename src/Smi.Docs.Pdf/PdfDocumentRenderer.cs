using Smi.Docs.Documents;
using Smi.Docs.Html;
using Smi.Docs.Rendering;

namespace Smi.Docs.Pdf;

/// <summary>
/// PDF as one of the pipeline's formats: the same print HTML as the HTML output, printed by the shared
/// warm Chromium (docs/architecture.md §5). The printer's lifetime belongs to whoever started it.
/// </summary>
public sealed class PdfDocumentRenderer(HtmlLetterRenderer html, IPdfPrinter printer) : IDocumentRenderer
{
    public string Format => "pdf";

    public Task<byte[]> RenderAsync(LetterDocument document, CancellationToken cancellationToken = default) =>
        printer.PrintAsync(html.Render(document), document.Info.Timestamp, cancellationToken);

    public Task<byte[]> RenderAsync(IReadOnlyList<LetterDocument> parts, CancellationToken cancellationToken = default) =>
        printer.PrintAsync(html.Render(parts), parts[0].Info.Timestamp, cancellationToken);
}
