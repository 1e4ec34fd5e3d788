using System.Diagnostics;

namespace Smi.Docs.Tests.Rendering;

/// <summary>
/// A real full disk for the tests that need one: an 8 KiB tmpfs mounted on a temporary folder. Mounting needs root
/// (CI runs the tests as root); where it is not allowed, <see cref="TryMount"/> gives null and the test makes the disk
/// fail through the writer's seam instead, so it never skips.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static SmallDisk? TryMount()
    {
        var path = Cli.CliRunner.TempDirectory();
        Directory.CreateDirectory(path);
        if (Run("mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", path) == 0)
        {
            return new SmallDisk(path);
        }
        Directory.Delete(path);
        return null;
    }

    public void Dispose()
    {
        Run("umount", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static int Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
