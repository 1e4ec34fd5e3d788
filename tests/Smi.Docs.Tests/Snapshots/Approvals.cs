using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Smi.Docs.Tests.Snapshots;

/// <summary>
/// Approval snapshots in the Verify convention: the expected output lives beside the test as
/// <c>&lt;name&gt;.verified.&lt;ext&gt;</c>. On a mismatch the new output is written as
/// <c>&lt;name&gt;.received.&lt;ext&gt;</c> and the test fails with a readable line diff.
/// Accept new output with <c>scripts/accept-snapshots.sh</c> (renames every received file to verified)
/// after reading the diff — never by editing a verified file by hand.
/// </summary>
internal static class Approvals
{
    private const int MaxDiffLines = 80;

    public static void Verify(string received, string name, string extension = "txt", [CallerFilePath] string sourceFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Verified");
        Directory.CreateDirectory(directory);
        var verifiedPath = Path.Combine(directory, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{name}.received.{extension}");
        var actual = Normalize(received);

        if (File.Exists(verifiedPath) && Normalize(File.ReadAllText(verifiedPath)) == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        if (!File.Exists(verifiedPath))
        {
            Assert.Fail($"No approved snapshot yet for '{name}'. Read {receivedPath}; if it is right, run scripts/accept-snapshots.sh.");
        }
        Assert.Fail($"Snapshot '{name}' changed. Diff (- approved, + received):\n{Diff(File.ReadAllText(verifiedPath), actual)}\n" +
                    $"If the change is intended, run scripts/accept-snapshots.sh.");
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static string Diff(string verified, string received)
    {
        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(Normalize(verified), received);
        var lines = new List<string>();
        for (var i = 0; i < diff.Lines.Count; i++)
        {
            var line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }
            lines.Add($"{(line.Type == ChangeType.Deleted ? "-" : "+")}{line.Position?.ToString() ?? "",5}: {line.Text}");
        }
        return string.Join('\n', lines.Take(MaxDiffLines)) + (lines.Count > MaxDiffLines ? $"\n… {lines.Count - MaxDiffLines} more changed lines" : "");
    }
}
