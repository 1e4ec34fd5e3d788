using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml;
using Smi.Docs.Docx.Styling;

namespace Smi.Docs.Docx.Package;

/// <summary>
/// Parts that are the same for every letter in a language (styles, settings, the font table), for every letter with
/// the same lists (numbering) and for every letter of a municipality (the logo): built, saved and deflated once,
/// then copied as bytes (issue 15). Bounded, because the keys come from the documents: past the bound a part is
/// built as before. Thread-safe; a race only builds the same bytes twice.
/// </summary>
internal static class DocxPartCache
{
    private const int MaximumEntries = 64;

    private static readonly ConcurrentDictionary<DocxLanguage, DocxZipData> StylesByLanguage = new();
    private static readonly ConcurrentDictionary<DocxLanguage, DocxZipData> SettingsByLanguage = new();
    private static readonly ConcurrentDictionary<string, DocxZipData> NumberingByLists = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<byte[], DocxZipData> Logos = new();
    private static readonly Lazy<DocxZipData> Fonts = new(() => Saved(DocxFontTable.Build()));

    public static DocxZipData Styles(DocxLanguage language) => Get(StylesByLanguage, language, DocxStyleSheet.Build);

    public static DocxZipData Settings(DocxLanguage language) => Get(SettingsByLanguage, language, DocxSettings.Build);

    public static DocxZipData FontTable() => Fonts.Value;

    public static DocxZipData Numbering(DocxNumbering numbering) => Get(NumberingByLists, numbering.Key, _ => numbering.Build());

    /// <summary>Keyed by the profile's own array, which every letter of that profile shares.</summary>
    public static DocxZipData Logo(byte[] data) => Logos.GetValue(data, DocxZipData.Shared);

    private static DocxZipData Get<TKey>(ConcurrentDictionary<TKey, DocxZipData> cache, TKey key, Func<TKey, OpenXmlPartRootElement> build)
        where TKey : notnull
    {
        if (cache.TryGetValue(key, out var data))
        {
            return data;
        }
        data = Saved(build(key));
        if (cache.Count < MaximumEntries)
        {
            cache.TryAdd(key, data);
        }
        return data;
    }

    /// <summary>These parts are built with the SDK, once per key, and saved as the SDK saves a part.</summary>
    private static DocxZipData Saved(OpenXmlPartRootElement element)
    {
        using var stream = new MemoryStream();
        element.Save(stream);
        return DocxZipData.Shared(stream.ToArray());
    }
}

/// <summary>
/// Deflated entries keyed by their bytes, for entries that repeat across letters but are not worth a key of their own.
/// Bounded: past the bound an entry is deflated as it comes. The same bytes always deflate to the same bytes, so
/// whether an entry came from here or not never shows in the output.
/// </summary>
internal static class DocxRepeatedEntries
{
    private const int MaximumEntries = 256;
    private const int LongestEntry = 16 * 1024;

    private static readonly ConcurrentDictionary<byte[], DocxZipData> Entries = new(new ContentComparer());

    public static DocxZipData Get(ReadOnlySpan<byte> bytes)
    {
        var lookup = Entries.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (lookup.TryGetValue(bytes, out var data))
        {
            return data;
        }
        data = bytes.Length <= LongestEntry ? DocxZipData.Shared(bytes.ToArray()) : DocxZipData.Of(bytes.ToArray());
        if (bytes.Length <= LongestEntry && Entries.Count < MaximumEntries)
        {
            Entries.TryAdd(data.Bytes, data);
        }
        return data;
    }

    private sealed class ContentComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes) => GetHashCode(bytes.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
