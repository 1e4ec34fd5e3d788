namespace Smi.Docs.Diagnostics;

/// <summary>PDF00x: the printer (Chromium through Playwright), raised by Smi.Docs.Pdf.</summary>
public static class PdfCodes
{
    public static readonly DiagnosticCode ChromiumMissing = new("PDF001", DiagnosticOrigin.Pdf, Severity.Error, "Chromium not found");
    public static readonly DiagnosticCode LaunchFailed = new("PDF002", DiagnosticOrigin.Pdf, Severity.Error, "Chromium failed to start");
    public static readonly DiagnosticCode PrintFailed = new("PDF003", DiagnosticOrigin.Pdf, Severity.Error, "Chromium failed to print");
    public static readonly DiagnosticCode BrowserGone = new("PDF004", DiagnosticOrigin.Pdf, Severity.Error, "Chromium no longer running");
    public static readonly DiagnosticCode StartTimedOut = new("PDF005", DiagnosticOrigin.Pdf, Severity.Error, "Chromium did not start in time");
    public static readonly DiagnosticCode PrintTimedOut = new("PDF006", DiagnosticOrigin.Pdf, Severity.Error, "Document did not print in time");
    public static readonly DiagnosticCode TooManyPages = new("PDF007", DiagnosticOrigin.Pdf, Severity.Error, "Document has too many pages");
    public static readonly DiagnosticCode GlyphMissing = new("PDF008", DiagnosticOrigin.Pdf, Severity.Error, "Character in no installed font");
}
