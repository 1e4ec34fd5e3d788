namespace Smi.Docs.Diagnostics;

/// <summary>
/// SMI40xx: what the caller asked for on the command line (or in a request) and the folders it names. SMI49xx: the run
/// itself failed where the caller is not at fault (a full disk, an I/O error, a bug); they have their own origin,
/// <see cref="DiagnosticOrigin.Machine"/>, so the exit code says so.
/// </summary>
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

    /// <summary>The output folder is a file or a device (<c>/dev/null</c>), or lies under one.</summary>
    public static readonly DiagnosticCode OutputNotAFolder = new("SMI4009", DiagnosticOrigin.Options, Severity.Error, "Output folder is not a folder");

    /// <summary>The output folder cannot be made or written: read-only, no permission, a pseudo file system such as <c>/proc</c>.</summary>
    public static readonly DiagnosticCode OutputNotWritable = new("SMI4010", DiagnosticOrigin.Options, Severity.Error, "Output folder not writable");

    /// <summary>A file the run would write is there already and the caller did not ask to overwrite (<c>--overwrite</c>).</summary>
    public static readonly DiagnosticCode OutputExists = new("SMI4011", DiagnosticOrigin.Options, Severity.Error, "Output file exists");

    /// <summary>Another run is writing into the same folder and did not finish in time.</summary>
    public static readonly DiagnosticCode OutputLocked = new("SMI4012", DiagnosticOrigin.Options, Severity.Error, "Output folder in use");

    /// <summary><c>--templates</c> names no folder, or one that lacks a file every run needs (<c>teksten.yaml</c>, a document's template).</summary>
    public static readonly DiagnosticCode TemplatesNotFound = new("SMI4013", DiagnosticOrigin.Options, Severity.Error, "Template folder missing or incomplete");

    /// <summary>The case file is there but cannot be read (no permission, a device, an I/O error).</summary>
    public static readonly DiagnosticCode FileUnreadable = new("SMI4014", DiagnosticOrigin.Options, Severity.Error, "Input file unreadable");

    /// <summary>A batch item that is not a case or an envelope: a line or file too long, an envelope with a wrong key or value.</summary>
    public static readonly DiagnosticCode BatchItemUnreadable = new("SMI4015", DiagnosticOrigin.Options, Severity.Error, "Batch item unreadable");

    /// <summary>A batch item without a document: no <c>--doc</c> for the batch and no envelope naming one.</summary>
    public static readonly DiagnosticCode BatchDocumentMissing = new("SMI4016", DiagnosticOrigin.Options, Severity.Error, "Batch item names no document");

    /// <summary>The disk (or the user's quota) is full: the machine's fault, not the request's.</summary>
    public static readonly DiagnosticCode DiskFull = new("SMI4901", DiagnosticOrigin.Machine, Severity.Error, "Disk full");

    /// <summary>Writing failed for another reason the operating system gave (an I/O error, a folder removed mid-run).</summary>
    public static readonly DiagnosticCode WriteFailed = new("SMI4902", DiagnosticOrigin.Machine, Severity.Error, "Write failed");

    /// <summary>Anything else that stopped a command: a bug of ours. Printed as one line; the trace only with <c>--verbose</c>.</summary>
    public static readonly DiagnosticCode UnexpectedFailure = new("SMI4999", DiagnosticOrigin.Machine, Severity.Error, "Unexpected failure");
}
