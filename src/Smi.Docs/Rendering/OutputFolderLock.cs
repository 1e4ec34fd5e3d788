using Smi.Docs.Diagnostics;

namespace Smi.Docs.Rendering;

/// <summary>
/// Keeps two writers out of one folder at a time: an exclusive open of <see cref="OutputDirectory.LockFileName"/>
/// (<see cref="FileShare.None"/>, which .NET holds as an advisory lock on Unix). The operating system releases it when
/// the process ends, so a killed run never blocks the next one. The file is not deleted: deleting it would let a
/// waiting writer lock a file that no longer has the name.
/// </summary>
internal static class OutputFolderLock
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static IDisposable Acquire(string folder, TimeSpan wait, SourceLocation location, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, OutputDirectory.LockFileName);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (IsHeld(e))
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new SmiDocsException(Diagnostic.Error(OptionCodes.OutputLocked,
                        $"another run is writing into this folder ({OutputDirectory.LockFileName}) and did not finish within {wait.TotalSeconds:0} s; nothing was written. Run again when it is done",
                        location));
                }
                cancellationToken.WaitHandle.WaitOne(Poll);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    // EWOULDBLOCK (Linux 11, macOS 35) from flock, or Windows' ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION.
    private static bool IsHeld(IOException e) =>
        e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);
}
