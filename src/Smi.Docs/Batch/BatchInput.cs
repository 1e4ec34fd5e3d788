using System.Runtime.CompilerServices;
using Smi.Docs.Cases;

namespace Smi.Docs.Batch;

/// <summary>
/// Reads a batch's input as a stream of items: a folder of case files (<c>*.json</c>, in ordinal name order) or a
/// JSON Lines file with one case or envelope per line. Only one item is held at a time — a line is read up to
/// <see cref="MaxItemBytes"/> and the rest of an overlong line is skipped, not buffered — so a 100,000-line file
/// never sits in memory.
/// </summary>
public static class BatchInput
{
    /// <summary>A case file's budget (<see cref="CaseLimits.MaxFileBytes"/>) plus room for the envelope around it.</summary>
    public const int MaxItemBytes = CaseLimits.MaxFileBytes + 4096;

    public static bool IsFolder(string path) => Directory.Exists(path);

    /// <summary>How many items the input holds, read once ahead so progress can say how long is left.</summary>
    public static async Task<int> CountAsync(string path, CancellationToken cancellationToken)
    {
        if (IsFolder(path))
        {
            return CaseFiles(path).Count;
        }
        var count = 0;
        await using var stream = OpenLines(path);
        await foreach (var _ in ReadLinesAsync(stream, cancellationToken))
        {
            count++;
        }
        return count;
    }

    public static async IAsyncEnumerable<BatchItem> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (IsFolder(path))
        {
            var ordinal = 0;
            foreach (var file in CaseFiles(path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = Path.GetFileName(file);
                var size = new FileInfo(file).Length;
                yield return size > MaxItemBytes
                    ? new BatchItem(ordinal, Path.GetFileNameWithoutExtension(file), name, null, $"the file is larger than {MaxItemBytes / 1024} KB")
                    : new BatchItem(ordinal, Path.GetFileNameWithoutExtension(file), name, await File.ReadAllBytesAsync(file, cancellationToken));
                ordinal++;
            }
            yield break;
        }
        await using var stream = OpenLines(path);
        await foreach (var item in ReadLinesAsync(stream, Path.GetFileName(path), cancellationToken))
        {
            yield return item;
        }
    }

    /// <summary>The items of JSON Lines arriving as a stream (the service's request body), named after <paramref name="sourceName"/>.</summary>
    public static async IAsyncEnumerable<BatchItem> ReadLinesAsync(Stream stream, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = 0;
        await foreach (var line in ReadLinesAsync(stream, cancellationToken))
        {
            var source = $"{sourceName}:{line.Number}";
            yield return line.Content is null
                ? new BatchItem(index, $"regel-{line.Number}", source, null, $"the line is longer than {MaxItemBytes / 1024} KB")
                : new BatchItem(index, $"regel-{line.Number}", source, line.Content);
            index++;
        }
    }

    private static List<string> CaseFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)];

    private sealed record Line(int Number, byte[]? Content);

    /// <summary>The non-blank lines with their 1-based numbers; an overlong line comes with no content.</summary>
    private static FileStream OpenLines(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);

    private static async IAsyncEnumerable<Line> ReadLinesAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        var tooLong = false;
        var number = 1;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }
                Append(buffer.AsSpan(start, i - start));
                if (Finish() is { } done)
                {
                    yield return done;
                }
                start = i + 1;
            }
            Append(buffer.AsSpan(start, read - start));
        }
        if (Finish() is { } last)
        {
            yield return last;
        }

        void Append(ReadOnlySpan<byte> bytes)
        {
            if (tooLong || line.Length + bytes.Length > MaxItemBytes)
            {
                tooLong = true;
                line.SetLength(0);
                return;
            }
            line.Write(bytes);
        }

        Line? Finish()
        {
            var content = line.ToArray();
            var result = tooLong ? new Line(number, null) : IsBlank(content) ? null : new Line(number, content);
            number++;
            line.SetLength(0);
            tooLong = false;
            return result;
        }
    }

    private static bool IsBlank(byte[] content) => content.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r');
}
