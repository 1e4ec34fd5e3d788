namespace Smi.Docs.Rendering;

/// <summary>
/// One run of <see cref="OutputDirectory.WriteAll"/> inside its lock: stage every file, then rename each into place,
/// keeping a replaced file under a staged name until all are in place, so a failure can put every old file back.
/// </summary>
internal sealed class OutputCommit(string folder, Func<string, Stream> createStaged)
{
    private readonly List<string> _staged = [];
    private readonly List<Step> _placed = [];

    public IReadOnlyList<string> Run(IReadOnlyList<RenderedFile> files, CancellationToken cancellationToken)
    {
        try
        {
            var staged = files.Select(file => Stage(file, cancellationToken)).ToList();
            cancellationToken.ThrowIfCancellationRequested();
            // From here on no cancellation: the renames take a moment, and stopping half-way would only mean rolling back.
            var finals = files.Select((file, i) => Place(staged[i], Path.Combine(folder, file.FileName))).ToList();
            foreach (var step in _placed.Where(s => s.Kept is not null))
            {
                TryDelete(step.Kept!);
            }
            return finals;
        }
        catch
        {
            RollBack();
            throw;
        }
    }

    private string Stage(RenderedFile file, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = StagedName();
        _staged.Add(path);
        using var stream = createStaged(path);
        stream.Write(file.Content);
        if (stream is FileStream fileStream)
        {
            fileStream.Flush(flushToDisk: true);
        }
        return path;
    }

    private string Place(string staged, string final)
    {
        var step = new Step(final);
        _placed.Add(step);
        if (File.Exists(final))
        {
            step.Kept = StagedName();
            File.Move(final, step.Kept);
        }
        File.Move(staged, final);
        step.Placed = true;
        _staged.Remove(staged);
        return final;
    }

    /// <summary>Newest first: remove what this run put in place and move each replaced file back.</summary>
    private void RollBack()
    {
        for (var i = _placed.Count - 1; i >= 0; i--)
        {
            var step = _placed[i];
            try
            {
                if (step.Placed)
                {
                    File.Delete(step.Final);
                }
                if (step.Kept is not null)
                {
                    File.Move(step.Kept, step.Final, overwrite: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Keep rolling back the others; the first error is the one reported.
            }
        }
        foreach (var staged in _staged)
        {
            TryDelete(staged);
        }
    }

    private string StagedName() => Path.Combine(folder, $"{OutputDirectory.StagedPrefix}{Guid.NewGuid():N}");

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: what could not be removed is removed by the next run (it starts with the staged prefix).
        }
    }

    /// <summary>One file being put in place: the old file kept under a staged name, and whether the new one is there yet.</summary>
    private sealed class Step(string final)
    {
        public string Final { get; } = final;

        public string? Kept { get; set; }

        public bool Placed { get; set; }
    }
}
