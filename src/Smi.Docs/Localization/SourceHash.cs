using System.Security.Cryptography;

namespace Smi.Docs.Localization;

/// <summary>
/// <c>sha256:</c> and the first 16 hex digits of the SHA-256 of a Dutch file's bytes (locales/README.md), the same as
/// <c>sha256sum file | cut -c1-16</c>. 64 bits are plenty to notice a change and short enough to read.
/// </summary>
public static class SourceHash
{
    public const string Prefix = "sha256:";

    public static string Of(byte[] bytes) => Prefix + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];

    /// <summary>The hex part, which names the file in the store (locales/bron/&lt;hex&gt;.txt).</summary>
    public static string? Hex(string hash) =>
        hash.StartsWith(Prefix, StringComparison.Ordinal) && hash.Length == Prefix.Length + 16
            && hash[Prefix.Length..].All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f')
            ? hash[Prefix.Length..]
            : null;
}
