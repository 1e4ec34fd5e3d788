namespace Smi.Docs.Rendering;

/// <summary>
/// Writes a set of rendered files all or nothing: each goes to a temporary name first and is renamed
/// only when every file is on disk, so a failure never leaves a half-written document set behind.
/// </summary>
public static class OutputDirectory
{
    public static IReadOnlyList<string> WriteAll(string directory, IReadOnlyList<RenderedFile> files)
    {
        var createdDirectory = !Directory.Exists(directory);
        Directory.CreateDirectory(directory);
        var staged = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var file in files)
            {
                var final = Path.Combine(directory, file.FileName);
                var temporary = Path.Combine(directory, $".{file.FileName}.{Guid.NewGuid():N}.tmp");
                staged.Add((temporary, final));
                File.WriteAllBytes(temporary, file.Content);
            }
            foreach (var (temporary, final) in staged)
            {
                File.Move(temporary, final, overwrite: true);
            }
            return staged.Select(s => s.Final).ToList();
        }
        catch
        {
            foreach (var (temporary, _) in staged)
            {
                TryDelete(temporary);
            }
            if (createdDirectory && !Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The write that failed never created it; the original error is the one to report.
        }
    }
}
