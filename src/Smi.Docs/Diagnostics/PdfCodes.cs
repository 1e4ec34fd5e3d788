namespace Smi.Docs.Diagnostics;

/// <summary>PDF00x: the printer (Chromium through Playwright), raised by Smi.Docs.Pdf.</summary>
public static class PdfCodes
{
    public static readonly DiagnosticCode ChromiumMissing = new("PDF001", DiagnosticOrigin.Pdf, Severity.Error, "Chromium not found");
    public static readonly DiagnosticCode LaunchFailed = new("PDF002", DiagnosticOrigin.Pdf, Severity.Error, "Chromium failed to start");
    public static readonly DiagnosticCode PrintFailed = new("PDF003", DiagnosticOrigin.Pdf, Severity.Error, "Chromium failed to print");
    public static readonly DiagnosticCode BrowserGone = new("PDF004", DiagnosticOrigin.Pdf, Severity.Error, "Chromium no longer running");
}
