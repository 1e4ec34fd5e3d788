using Smi.Docs.Html;
using Smi.Docs.Rendering;

namespace Smi.Docs.Cli;

/// <summary>Creates the DOCX and PDF renderers (the projects with heavy dependencies).</summary>
internal static class RendererFactory
{
    public static IDocumentRenderer Docx() => new Docx.DocxDocumentRenderer();

    public static Task<(IDocumentRenderer Renderer, IAsyncDisposable Owner)> PdfAsync(HtmlLetterRenderer html, CancellationToken cancellationToken) =>
        throw new NotImplementedException("PDF renderer arrives with the feat-pdf merge");
}
