using System.Text;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Input;

/// <summary>
/// Reads an input file within its budget: at most <see cref="InputLimits.MaxFileBytes"/> bytes (so <c>/dev/zero</c> or a
/// huge file is refused after one buffer, not read to the end) and strict UTF-8 (so a broken byte is an error, not a
/// "�" printed in a name).
/// </summary>
internal static class InputFile
{
    /// <summary>UTF-8 that throws on a broken byte or a lone surrogate instead of writing U+FFFD.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>At most <paramref name="maxBytes"/> bytes of the file, or null when it holds more.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static byte[]? ReadBytes(string path, int maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new byte[Math.Min(maxBytes + 1, 64 * 1024)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > maxBytes)
                {
                    return null;
                }
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxBytes + 1));
            }
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                return buffer[..total];
            }
            total += read;
        }
    }

    /// <summary>The file as text, or null after reporting it too large or not UTF-8.</summary>
    public static string? ReadText(string path, InputContext context)
    {
        var (limits, codes) = context.Boundary ?? throw new InvalidOperationException("an input file needs limits");
        var bytes = ReadBytes(path, limits.MaxFileBytes);
        if (bytes is null)
        {
            context.Diagnostics.Error(codes.FileTooLarge, $"the file is larger than {limits.MaxFileBytes / 1024} KiB; expected a smaller file", new SourceLocation(context.File));
            return null;
        }
        return Decode(bytes, context, codes);
    }

    private static string? Decode(byte[] bytes, InputContext context, InputBoundaryCodes codes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(start + e.Index, 0, bytes.Length);
            var line = bytes.AsSpan(0, at).Count((byte)'\n') + 1;
            var lineStart = bytes.AsSpan(0, at).LastIndexOf((byte)'\n') + 1;
            var column = Encoding.UTF8.GetCharCount(bytes, lineStart, at - lineStart) + 1;
            context.Diagnostics.Error(codes.NotUnicode, "the file is not valid UTF-8 from here on; expected UTF-8 text",
                context.At("", line, column));
            return null;
        }
    }
}
