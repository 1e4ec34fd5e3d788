using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Rendering;

namespace Smi.Docs.Cli;

/// <summary>Creates the DOCX and PDF renderers (the projects with heavy dependencies).</summary>
internal static class RendererFactory
{
    public static IDocumentRenderer Docx() => new Docx.DocxDocumentRenderer();

    public static async Task<(IDocumentRenderer Renderer, IAsyncDisposable Owner)> PdfAsync(HtmlLetterRenderer html, CancellationToken cancellationToken)
    {
        var printer = await ChromiumPdfPrinter.StartAsync(ct: cancellationToken);
        return (new PdfDocumentRenderer(html, printer), printer);
    }
}
