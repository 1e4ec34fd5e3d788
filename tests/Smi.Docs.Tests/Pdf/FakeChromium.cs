using System.Runtime.Versioning;

namespace Smi.Docs.Tests.Pdf;

/// <summary>
/// A shell script in a temporary folder that the printer starts in place of Chromium: one that hangs, or one that
/// runs the real browser under a tracer. Deletes its folder when disposed.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class FakeChromium : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("smi-docs-fake-chromium-");

    /// <param name="body">The script after its <c>#!/bin/sh</c> line; <c>{folder}</c> stands for the temporary folder.</param>
    public FakeChromium(string body)
    {
        Path = System.IO.Path.Combine(_folder.FullName, "chromium");
        File.WriteAllText(Path, "#!/bin/sh\n" + body.Replace("{folder}", _folder.FullName) + "\n");
        File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Path { get; }

    /// <summary>A file the script wrote into its folder.</summary>
    public string FileNamed(string name) => System.IO.Path.Combine(_folder.FullName, name);

    public void Dispose() => _folder.Delete(recursive: true);
}
