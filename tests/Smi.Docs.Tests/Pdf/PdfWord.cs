namespace Smi.Docs.Tests.Pdf;

/// <summary>A word as <c>pdftotext -bbox</c> places it: points from the top left of its page (1-based).</summary>
internal sealed record PdfWord(string Text, int Page, double PageWidth, double XMin, double YMin, double XMax, double YMax)
{
    public const double PointsPerMm = 72 / 25.4;
}
