using Smi.Docs.Diagnostics;

namespace Smi.Docs.Pdf;

/// <summary>
/// The printer's failures as diagnostics, so the CLI and the API report them like any other error.
/// Messages carry paths and Playwright's one-line reason, never the HTML: it holds a family's personal data.
/// </summary>
internal static class PdfErrors
{
    private const string InstallHint = "run scripts/install-prerequisites.sh to install it, or set "
        + PdfPrinterOptions.ChromiumPathVariable + " to the Chromium executable";

    public static SmiDocsException ChromiumMissing(string path) => Create(
        PdfCodes.ChromiumMissing,
        $"Chromium was not found at '{path}'; {InstallHint}.");

    public static SmiDocsException LaunchFailed(string path, Exception cause) => Create(
        PdfCodes.LaunchFailed,
        $"Chromium at '{path}' could not be started through Playwright ({Reason(cause)}); {InstallHint}.");

    public static SmiDocsException PrintFailed(Exception cause) => Create(
        PdfCodes.PrintFailed,
        $"Chromium could not print the document ({Reason(cause)}).");

    public static SmiDocsException BrowserGone() => Create(
        PdfCodes.BrowserGone,
        "Chromium is no longer running (it crashed or the printer was disposed); start a new printer.");

    public static SmiDocsException StartTimedOut(string path, TimeSpan timeout) => Create(
        PdfCodes.StartTimedOut,
        $"Chromium at '{path}' did not start within {Seconds(timeout)} s and was stopped; {InstallHint}.");

    public static SmiDocsException PrintTimedOut(TimeSpan timeout) => Create(
        PdfCodes.PrintTimedOut,
        $"the document did not print within {Seconds(timeout)} s and was stopped (a value without spaces or a very long text can do this).");

    public static SmiDocsException TooManyPages(int pages, int maximum) => Create(
        PdfCodes.TooManyPages,
        $"the document came to {pages} pages, more than the {maximum} a letter may have; it was not printed (check the length of the case's texts).");

    // The 128-character block, not the character: enough to know which script's font is missing, too little to read a name.
    public static SmiDocsException GlyphMissing(int codePoint) => Create(
        PdfCodes.GlyphMissing,
        $"the document's text holds a character in U+{codePoint & ~0x7F:X4}–U+{codePoint | 0x7F:X4} that no installed font has; "
        + "it would print as an empty box. Install a font for that script (scripts/install-prerequisites.sh installs Noto "
        + "for Latin, Cyrillic, Arabic, Chinese, Japanese, Korean and emoji).");

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static SmiDocsException Create(DiagnosticCode code, string message) =>
        new(Diagnostic.Error(code, message, new SourceLocation(null)));

    // Only the first line: Playwright appends a call log below it, and we keep logs free of page content.
    private static string Reason(Exception cause)
    {
        var message = cause.Message;
        var end = message.IndexOfAny(['\r', '\n']);
        var firstLine = (end < 0 ? message : message[..end]).Trim();
        return $"{cause.GetType().Name}: {firstLine}";
    }
}
