using Smi.Docs.Diagnostics;

namespace Smi.Docs.Rendering;

/// <summary>
/// What an operating-system error while writing means for the caller. Only the kind of error is used, never its
/// message: .NET puts paths and sometimes text into it.
/// </summary>
internal static class OutputFailure
{
    // errno values on Linux and macOS (ENOSPC, EDQUOT, EROFS), and Windows' ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL.
    private const int NoSpace = 28;
    private const int QuotaLinux = 122;
    private const int QuotaMac = 69;
    private const int ReadOnlyFileSystem = 30;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    public static Diagnostic Diagnose(Exception exception, SourceLocation folder) => exception switch
    {
        IOException { HResult: NoSpace or QuotaLinux or QuotaMac or WindowsDiskFull or WindowsHandleDiskFull } =>
            Diagnostic.Error(OptionCodes.DiskFull, "the disk is full (or the quota is used up); nothing was written. Free space and run again", folder),
        UnauthorizedAccessException or IOException { HResult: ReadOnlyFileSystem } =>
            Diagnostic.Error(OptionCodes.OutputNotWritable, "this folder cannot be written to (read-only or no permission); nothing was written", folder),
        // A folder the system will not make, such as one under /proc, comes back as "not found".
        DirectoryNotFoundException or FileNotFoundException =>
            Diagnostic.Error(OptionCodes.OutputNotWritable, "this folder cannot be made here (a missing or special file system such as /proc); nothing was written", folder),
        _ => Diagnostic.Error(OptionCodes.WriteFailed, $"writing failed ({exception.GetType().Name}, error {exception.HResult}); nothing was written", folder),
    };
}
