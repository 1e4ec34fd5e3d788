using System.Buffers.Binary;
using System.Collections.Concurrent;
using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Input;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>Reads a municipality's logo once per path; PNG sizes come from the IHDR chunk, SVG gets a fixed box.</summary>
internal sealed class LogoLoader
{
    private readonly ConcurrentDictionary<string, (byte[] Data, string ContentType, int Width, int Height)> _cache = new();

    public LogoImage? Load(string? path, string alternativeText)
    {
        if (path is null)
        {
            return null;
        }
        var (data, contentType, width, height) = _cache.GetOrAdd(path, Read);
        return new LogoImage(data, contentType, alternativeText, width, height);
    }

    private static (byte[], string, int, int) Read(string path)
    {
        // The path comes from the profile: /dev/zero or a huge file is refused after the budget, not read to the end.
        var data = InputFile.ReadBytes(path, ProfileLimits.MaxLogoBytes)
            ?? throw new SmiDocsException(Diagnostic.Error(ProfileCodes.LogoTooLarge,
                $"the logo is larger than {ProfileLimits.MaxLogoBytes / 1024 / 1024} MiB; expected a letterhead logo of a few KiB", new SourceLocation(path)));
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return (data, "image/svg+xml", 240, 80);
        }
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (data.Length < 24 || !data.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new SmiDocsException(Diagnostic.Error(ProfileCodes.LogoFormat, "logo must be a PNG or SVG file", new SourceLocation(path)));
        }
        return (data, "image/png", BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(20, 4)));
    }
}
