using Smi.Docs.Rendering;

namespace Smi.Docs.Tests.Rendering;

public sealed class OutputDirectoryTests
{
    [Fact]
    public void Writes_every_file()
    {
        var directory = Tests.Cli.CliRunner.TempDirectory();

        var written = OutputDirectory.WriteAll(directory, [new("a.nl.html", [1, 2]), new("a.nl.docx", [3])]);

        Assert.Equal([Path.Combine(directory, "a.nl.html"), Path.Combine(directory, "a.nl.docx")], written);
        Assert.Equal([1, 2], File.ReadAllBytes(written[0]));
        Assert.Equal(2, Directory.GetFiles(directory).Length);
    }

    [Fact]
    public void A_failure_part_way_leaves_no_file_behind()
    {
        var directory = Tests.Cli.CliRunner.TempDirectory();

        Assert.ThrowsAny<IOException>(() => OutputDirectory.WriteAll(directory, [new("a.nl.html", [1]), new("missing-folder/a.nl.docx", [2])]));

        Assert.False(Directory.Exists(directory));
    }
}
