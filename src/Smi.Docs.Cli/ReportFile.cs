using Smi.Docs.Diagnostics;
using Smi.Docs.Rendering;

namespace Smi.Docs.Cli;

/// <summary>
/// A single file a command writes at <c>--out &lt;file&gt;</c> (a basislijn report, an XLIFF export): through the one
/// output writer, so it is staged and put in place whole, an existing file is kept unless <c>--overwrite</c>, and a
/// path that cannot be written is a located error before any work is done.
/// </summary>
internal sealed class ReportFile
{
    private readonly FileInfo _file;
    private readonly OutputDirectory _directory;

    public ReportFile(FileInfo file, bool overwrite)
    {
        _file = file;
        _directory = new OutputDirectory(file.DirectoryName ?? ".") { Overwrite = overwrite };
    }

    /// <exception cref="SmiDocsException">The folder cannot take the file, or the file exists without --overwrite.</exception>
    public void Check()
    {
        var problems = _directory.Check();
        if (problems.Count > 0)
        {
            throw new SmiDocsException(problems);
        }
    }

    /// <returns>The full path written.</returns>
    public string Write(byte[] content, CancellationToken cancellationToken) =>
        _directory.WriteAll([new RenderedFile(_file.Name, content)], cancellationToken)[0];
}
