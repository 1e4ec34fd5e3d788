using Smi.Docs.Diagnostics;

namespace Smi.Docs.Rendering;

/// <summary>
/// The one output writer (docs/architecture.md §12): writes the files of one run into a folder all or nothing. Every
/// file is staged first under a hidden name that says nothing about the case (<see cref="StagedPrefix"/>, mode 0600 on
/// Unix), flushed to disk, and only when all are complete is each renamed into place. Any failure, cancellation
/// included, rolls back: staged files are deleted and files that were replaced are put back. A lock file
/// (<see cref="LockFileName"/>) keeps two runs into one folder from interleaving. Existing files are refused unless
/// <see cref="Overwrite"/>. Expected failures come as a <see cref="SmiDocsException"/> located at the folder.
/// </summary>
public sealed class OutputDirectory
{
    /// <summary>What every staged file (and a replaced file kept for the rollback) starts with; stale ones from a killed run are removed by the next.</summary>
    public const string StagedPrefix = ".smi-docs-staged-";

    /// <summary>Stays in the folder, empty: the lock is the operating system's lock on it, released when the process ends.</summary>
    public const string LockFileName = ".smi-docs.lock";

    public OutputDirectory(string path) => FullPath = Path.GetFullPath(path);

    public string FullPath { get; }

    /// <summary>Replace files that are there already; otherwise their presence is an error (SMI4011) and nothing is written.</summary>
    public bool Overwrite { get; init; }

    /// <summary>How long to wait for another run writing into the same folder before giving up (SMI4012).</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Opens a new staged file for writing; tests replace it to make a disk fail without filling one.</summary>
    internal Func<string, Stream> CreateStaged { get; init; } = OpenStaged;

    /// <summary>Before any work: is the folder (or the nearest part of its path that exists) a folder?</summary>
    public IReadOnlyList<Diagnostic> Check()
    {
        for (var path = FullPath; path is not null; path = Path.GetDirectoryName(path))
        {
            if (Directory.Exists(path))
            {
                return [];
            }
            if (File.Exists(path))
            {
                var message = path == FullPath
                    ? "this is a file or a device, not a folder; name a folder to write the documents into"
                    : $"'{path}' is a file or a device, so no folder can be made under it";
                return [Diagnostic.Error(OptionCodes.OutputNotAFolder, message, Location)];
            }
        }
        return [];
    }

    /// <summary>Writes every file or none; returns the full paths written, in the order given.</summary>
    /// <exception cref="SmiDocsException">The folder is unusable, in use, holds the files already, or the disk failed; nothing was written.</exception>
    public IReadOnlyList<string> WriteAll(IReadOnlyList<RenderedFile> files, CancellationToken cancellationToken = default)
    {
        foreach (var file in files)
        {
            if (file.FileName != Path.GetFileName(file.FileName) || file.FileName.StartsWith(StagedPrefix, StringComparison.Ordinal) || file.FileName == LockFileName)
            {
                throw new ArgumentException($"'{file.FileName}' is not a plain file name this writer may use", nameof(files));
            }
        }
        if (Check() is [_, ..] problems)
        {
            throw new SmiDocsException(problems);
        }
        string? created = null;
        try
        {
            created = CreateFolder();
            using (OutputFolderLock.Acquire(FullPath, LockWait, Location, cancellationToken))
            {
                RemoveStaged();
                RefuseExisting(files);
                return new OutputCommit(FullPath, CreateStaged).Run(files, cancellationToken);
            }
        }
        catch (Exception e)
        {
            RemoveCreated(created);
            if (e is IOException or UnauthorizedAccessException)
            {
                throw new SmiDocsException(OutputFailure.Diagnose(e, Location));
            }
            throw;
        }
    }

    private SourceLocation Location => new(FullPath);

    /// <summary>Makes the folder and the missing folders above it; returns the topmost one made, to remove on failure.</summary>
    private string? CreateFolder()
    {
        string? topmost = null;
        for (var path = FullPath; path is not null && !Directory.Exists(path); path = Path.GetDirectoryName(path))
        {
            topmost = path;
        }
        Directory.CreateDirectory(FullPath);
        return topmost;
    }

    private void RemoveStaged()
    {
        foreach (var stale in Directory.EnumerateFiles(FullPath, StagedPrefix + "*"))
        {
            OutputCommit.TryDelete(stale);
        }
    }

    private void RefuseExisting(IReadOnlyList<RenderedFile> files)
    {
        if (Overwrite)
        {
            return;
        }
        var existing = files.Select(f => f.FileName).Where(name => Path.Exists(Path.Combine(FullPath, name))).ToList();
        if (existing.Count > 0)
        {
            throw new SmiDocsException(Diagnostic.Error(OptionCodes.OutputExists,
                $"{string.Join(", ", existing)} {(existing.Count == 1 ? "is" : "are")} there already; nothing was replaced. Ask to overwrite (--overwrite) or choose another folder",
                Location));
        }
    }

    /// <summary>Removes the folders this run made, with the lock file, when nothing else is in them.</summary>
    private void RemoveCreated(string? topmost)
    {
        if (topmost is null || !Directory.Exists(FullPath))
        {
            return;
        }
        OutputCommit.TryDelete(Path.Combine(FullPath, LockFileName));
        for (var path = FullPath; path is not null && path.Length >= topmost.Length; path = Path.GetDirectoryName(path))
        {
            try
            {
                Directory.Delete(path);
            }
            catch (IOException)
            {
                return; // Not empty: something else was put there meanwhile.
            }
        }
    }

    private static Stream OpenStaged(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Only this user may read a letter while it is staged (and once in place: the rename keeps the mode).
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return new FileStream(path, options);
    }
}
