namespace Smi.Docs.Pdf;

/// <summary>
/// What the PDF renderer needs of a printer: print-HTML in, tagged PDF out. <see cref="ChromiumPdfPrinter"/> is the
/// printer; the service wraps it in one that starts a new Chromium when the old one died (docs/server.md, Operations).
/// </summary>
public interface IPdfPrinter
{
    /// <inheritdoc cref="ChromiumPdfPrinter.PrintAsync"/>
    Task<byte[]> PrintAsync(string html, DateTime timestamp, CancellationToken ct = default);
}
