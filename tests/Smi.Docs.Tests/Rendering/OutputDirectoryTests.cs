using Smi.Docs.Diagnostics;
using Smi.Docs.Rendering;

namespace Smi.Docs.Tests.Rendering;

public sealed class OutputDirectoryTests
{
    private static readonly RenderedFile[] Letter = [new("a.nl.html", [1, 2]), new("a.nl.docx", [3])];

    [Fact]
    public void Writes_every_file_readable_by_its_owner_only_and_leaves_nothing_staged()
    {
        var directory = Cli.CliRunner.TempDirectory();

        var written = new OutputDirectory(directory).WriteAll(Letter, TestContext.Current.CancellationToken);

        Assert.Equal([Path.Combine(directory, "a.nl.html"), Path.Combine(directory, "a.nl.docx")], written);
        Assert.Equal([1, 2], File.ReadAllBytes(written[0]));
        Assert.Equal(["a.nl.docx", "a.nl.html"], Documents(directory));
        Assert.Empty(Staged(directory));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(written[0]));
        }
    }

    [Fact]
    public void Existing_files_are_refused_by_name_and_nothing_changes()
    {
        var directory = WithOldLetter();

        var refused = Assert.Throws<SmiDocsException>(() => new OutputDirectory(directory).WriteAll(Letter, TestContext.Current.CancellationToken));

        var diagnostic = Assert.Single(refused.Diagnostics);
        Assert.Equal(OptionCodes.OutputExists, diagnostic.Definition);
        Assert.Contains("a.nl.html, a.nl.docx are there already", diagnostic.Message);
        Assert.Equal(directory, diagnostic.Location.File);
        AssertOldLetter(directory);
    }

    [Fact]
    public void Existing_files_are_replaced_when_asked()
    {
        var directory = WithOldLetter();

        new OutputDirectory(directory) { Overwrite = true }.WriteAll(Letter, TestContext.Current.CancellationToken);

        Assert.Equal([1, 2], File.ReadAllBytes(Path.Combine(directory, "a.nl.html")));
        Assert.Equal([3], File.ReadAllBytes(Path.Combine(directory, "a.nl.docx")));
        Assert.Empty(Staged(directory));
    }

    [Fact]
    public void A_failure_while_putting_files_in_place_restores_the_old_files_and_leaves_nothing_staged()
    {
        var directory = WithOldLetter();
        // The second name is taken by a folder: the first file is already in place when its rename fails.
        Directory.CreateDirectory(Path.Combine(directory, "a.nl.pdf"));
        RenderedFile[] files = [new("a.nl.html", [1, 2]), new("a.nl.pdf", [4]), new("a.nl.docx", [3])];

        var failed = Assert.Throws<SmiDocsException>(() => new OutputDirectory(directory) { Overwrite = true }.WriteAll(files, TestContext.Current.CancellationToken));

        Assert.Equal(OptionCodes.WriteFailed, Assert.Single(failed.Diagnostics).Definition);
        AssertOldLetter(directory);
        Assert.True(Directory.Exists(Path.Combine(directory, "a.nl.pdf")));
        Assert.Empty(Staged(directory));
    }

    [Fact]
    public void A_full_disk_is_reported_without_its_message_and_leaves_nothing_behind()
    {
        var directory = Cli.CliRunner.TempDirectory();
        var calls = 0;
        var target = new OutputDirectory(directory)
        {
            CreateStaged = path => ++calls == 2 ? throw new IOException($"No space left on device: {path}", 28) : File.Create(path),
        };

        var failed = Assert.Throws<SmiDocsException>(() => target.WriteAll(Letter, TestContext.Current.CancellationToken));

        var diagnostic = Assert.Single(failed.Diagnostics);
        Assert.Equal(OptionCodes.DiskFull, diagnostic.Definition);
        Assert.DoesNotContain("No space left", diagnostic.Message);
        Assert.False(diagnostic.Definition.Origin.IsCallerInput());
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    [NeedsMount]
    public void A_really_full_disk_leaves_the_old_files_and_nothing_staged()
    {
        using var disk = SmallDisk.TryMount();
        var directory = disk?.Path ?? Cli.CliRunner.TempDirectory();
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "a.nl.html"), [9]);
        var target = new OutputDirectory(directory)
        {
            Overwrite = true,
            // Without root no tmpfs can be mounted: the disk then fails where a full one would, at the first large write.
            CreateStaged = disk is not null ? path => File.Create(path) : path => new FailingStream(),
        };

        var failed = Assert.Throws<SmiDocsException>(() => target.WriteAll([new("a.nl.html", new byte[64 * 1024])], TestContext.Current.CancellationToken));

        Assert.Equal(OptionCodes.DiskFull, Assert.Single(failed.Diagnostics).Definition);
        Assert.Equal([9], File.ReadAllBytes(Path.Combine(directory, "a.nl.html")));
        Assert.Empty(Staged(directory));
    }

    [Fact]
    public void Cancelling_part_way_leaves_nothing_behind()
    {
        var directory = Cli.CliRunner.TempDirectory();
        using var cancellation = new CancellationTokenSource();
        var target = new OutputDirectory(directory)
        {
            CreateStaged = path =>
            {
                cancellation.Cancel();
                return File.Create(path);
            },
        };

        Assert.ThrowsAny<OperationCanceledException>(() => target.WriteAll(Letter, cancellation.Token));

        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public void A_staged_file_of_a_killed_run_is_removed_by_the_next()
    {
        var directory = Cli.CliRunner.TempDirectory();
        Directory.CreateDirectory(directory);
        var stale = Path.Combine(directory, OutputDirectory.StagedPrefix + "0123456789abcdef");
        File.WriteAllBytes(stale, [7]);

        new OutputDirectory(directory).WriteAll(Letter, TestContext.Current.CancellationToken);

        Assert.False(File.Exists(stale));
        Assert.Equal(["a.nl.docx", "a.nl.html"], Documents(directory));
    }

    [Fact]
    public void A_second_writer_waits_for_the_lock_and_gives_up_with_a_located_error()
    {
        var directory = Cli.CliRunner.TempDirectory();
        Directory.CreateDirectory(directory);

        using (new FileStream(Path.Combine(directory, OutputDirectory.LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var failed = Assert.Throws<SmiDocsException>(() =>
                new OutputDirectory(directory) { LockWait = TimeSpan.FromMilliseconds(200) }.WriteAll(Letter, TestContext.Current.CancellationToken));

            Assert.Equal(OptionCodes.OutputLocked, Assert.Single(failed.Diagnostics).Definition);
            Assert.Empty(Documents(directory));
        }
        new OutputDirectory(directory).WriteAll(Letter, TestContext.Current.CancellationToken);
        Assert.Equal(["a.nl.docx", "a.nl.html"], Documents(directory));
    }

    [Fact]
    public async Task Two_writers_into_one_folder_never_mix_their_files()
    {
        var directory = Cli.CliRunner.TempDirectory();
        RenderedFile[] Case(byte id) => [new("a.nl.html", Enumerable.Repeat(id, 100_000).ToArray()), new("a.nl.docx", Enumerable.Repeat(id, 100_000).ToArray())];

        for (var round = 0; round < 10; round++)
        {
            await Task.WhenAll(
                Task.Run(() => new OutputDirectory(directory) { Overwrite = true }.WriteAll(Case(1)), TestContext.Current.CancellationToken),
                Task.Run(() => new OutputDirectory(directory) { Overwrite = true }.WriteAll(Case(2)), TestContext.Current.CancellationToken));

            var html = File.ReadAllBytes(Path.Combine(directory, "a.nl.html"));
            var docx = File.ReadAllBytes(Path.Combine(directory, "a.nl.docx"));
            Assert.Equal(html[0], docx[0]);
            Assert.All(html, b => Assert.Equal(html[0], b));
            Assert.Empty(Staged(directory));
        }
    }

    [Theory]
    [InlineData("file")]
    [InlineData("under-a-file")]
    [InlineData("/dev/null")]
    public void A_file_or_a_device_is_not_a_folder(string kind)
    {
        var file = Cli.CliRunner.TempDirectory();
        File.WriteAllBytes(file, [5]);
        var path = kind switch { "file" => file, "under-a-file" => Path.Combine(file, "out"), _ => kind };

        var target = new OutputDirectory(path);

        Assert.Equal(OptionCodes.OutputNotAFolder, Assert.Single(target.Check()).Definition);
        var failed = Assert.Throws<SmiDocsException>(() => target.WriteAll(Letter, TestContext.Current.CancellationToken));
        Assert.Equal(OptionCodes.OutputNotAFolder, Assert.Single(failed.Diagnostics).Definition);
        Assert.Equal([5], File.ReadAllBytes(file));
    }

    [Theory]
    [InlineData("/proc/smi-docs-out")]
    [InlineData("read-only")]
    public void A_folder_that_cannot_be_written_is_a_located_error(string kind)
    {
        var path = kind == "read-only" ? ReadOnlyFolder() : kind;

        var failed = Assert.Throws<SmiDocsException>(() => new OutputDirectory(path).WriteAll(Letter, TestContext.Current.CancellationToken));

        var diagnostic = Assert.Single(failed.Diagnostics);
        Assert.Equal(OptionCodes.OutputNotWritable, diagnostic.Definition);
        Assert.Equal(Path.GetFullPath(path), diagnostic.Location.File);
    }

    /// <summary>
    /// A folder this process cannot write to: chmod 555 for a normal user; root ignores that, so for root a folder under
    /// /sys, which not even root can make.
    /// </summary>
    internal static string ReadOnlyFolder()
    {
        if (Environment.IsPrivilegedProcess || OperatingSystem.IsWindows())
        {
            return "/sys/smi-docs-out-" + Guid.NewGuid().ToString("N");
        }
        var directory = Cli.CliRunner.TempDirectory();
        Directory.CreateDirectory(directory);
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return Path.Combine(directory, "out");
    }

    private static string WithOldLetter()
    {
        var directory = Cli.CliRunner.TempDirectory();
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "a.nl.html"), [8]);
        File.WriteAllBytes(Path.Combine(directory, "a.nl.docx"), [9]);
        return directory;
    }

    private static void AssertOldLetter(string directory)
    {
        Assert.Equal([8], File.ReadAllBytes(Path.Combine(directory, "a.nl.html")));
        Assert.Equal([9], File.ReadAllBytes(Path.Combine(directory, "a.nl.docx")));
        Assert.Empty(Staged(directory));
    }

    /// <summary>The files a reader sees: not the lock file, not a staged one.</summary>
    private static IEnumerable<string> Documents(string directory) =>
        Directory.GetFiles(directory).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal);

    private static string[] Staged(string directory) => Directory.GetFiles(directory, OutputDirectory.StagedPrefix + "*");

    /// <summary>A disk that fills up at the first write.</summary>
    private sealed class FailingStream : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device", 28);
    }
}
