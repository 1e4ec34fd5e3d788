using Smi.Docs.Pipeline;

namespace Smi.Docs.Pdf;

public static class PdfPipelineExtensions
{
    /// <summary>
    /// Adds the PDF renderer: the HTML renderer's output printed by <paramref name="printer"/>. The caller owns the
    /// printer (one warm Chromium for the whole process) and disposes it after the pipeline's last use.
    /// </summary>
    public static DocumentPipelineBuilder UsePdf(this DocumentPipelineBuilder builder, IPdfPrinter printer) =>
        builder.UseRenderer(new PdfDocumentRenderer(builder.Html ?? new Html.HtmlLetterRenderer(), printer));
}
