namespace Smi.Docs.Localization;

/// <summary>Writes via a temp file and a move, so a crash never leaves a half-written translation behind.</summary>
internal static class FileWriter
{
    public static void WriteAtomically(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>UTF-8 without a byte order mark, like the files in the repository.</summary>
    public static void WriteAtomically(string path, string text) =>
        WriteAtomically(path, new System.Text.UTF8Encoding(false).GetBytes(text));
}
