namespace Smi.Docs.Diagnostics;

/// <summary>SMI4xxx: what the caller asked for on the command line (or in a request) before any work is done.</summary>
public static class OptionCodes
{
    public static readonly DiagnosticCode UnknownLanguage = new("SMI4001", DiagnosticOrigin.Options, Severity.Error, "Unknown language");
    public static readonly DiagnosticCode UnknownDocument = new("SMI4002", DiagnosticOrigin.Options, Severity.Error, "Unknown document or no template yet");
    public static readonly DiagnosticCode UnknownFormat = new("SMI4003", DiagnosticOrigin.Options, Severity.Error, "Unknown output format");
    public static readonly DiagnosticCode FileNotFound = new("SMI4004", DiagnosticOrigin.Options, Severity.Error, "Input file not found");
    public static readonly DiagnosticCode OptionsDoNotFit = new("SMI4005", DiagnosticOrigin.Options, Severity.Error, "Options that do not fit together");
    public static readonly DiagnosticCode CaseRequired = new("SMI4006", DiagnosticOrigin.Options, Severity.Error, "Document needs a case file");
    public static readonly DiagnosticCode CaseNotTaken = new("SMI4007", DiagnosticOrigin.Options, Severity.Error, "Document takes no case file");
    public static readonly DiagnosticCode FallbackNotDutch = new("SMI4008", DiagnosticOrigin.Options, Severity.Error, "Fallback other than nl");
}
