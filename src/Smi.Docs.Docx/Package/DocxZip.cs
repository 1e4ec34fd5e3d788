using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Smi.Docs.Docx.Package;

/// <summary>
/// The zip of a DOCX, written by hand so a part that is the same in every letter (styles, fonts, the logo) is deflated
/// once and copied as bytes. The layout is the one System.IO.Compression's ZipArchive writes (its Deflate at the
/// Optimal level, no data descriptors, Unix 0644 attributes), except that what is deflated per letter (the document,
/// its footer) is deflated at the Fastest level (<see cref="LetterLevel"/>): those compressed bytes differ from
/// ZipArchive's, not what they unzip to. Every entry carries the
/// document's own timestamp instead of the clock: the same letter produces the same bytes (and hash) every time.
/// </summary>
internal sealed class DocxZip(DateTime timestamp)
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndOfCentralDirectorySignature = 0x06054b50;
    private const ushort VersionNeeded = 20;
    private const ushort VersionMadeByUnix = (3 << 8) | VersionNeeded;
    private const ushort Deflate = 8;
    private const ushort Utf8NamesFlag = 1 << 11;
    private const uint UnixRegularFile0644 = 0x81A4u << 16;

    private static readonly DateTime DosEpoch = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime DosEnd = new(2107, 12, 31, 0, 0, 0, DateTimeKind.Unspecified);

    private const int KeptCapacity = 1024 * 1024;
    private const int GzipHeaderLength = 10;
    private const int GzipTrailerLength = 8;

    /// <summary>What is deflated for one letter is deflated fast; what is deflated once and kept, small.</summary>
    internal const CompressionLevel LetterLevel = CompressionLevel.Fastest;

    /// <summary>The zip is built in a buffer the thread keeps between letters; only the finished zip is a new array.</summary>
    [ThreadStatic]
    private static MemoryStream? idleOutput;

    private readonly uint dosTime = DosTime(timestamp);
    private readonly MemoryStream output = TakeOutput();
    /// <summary>A letter has about fifteen entries.</summary>
    private readonly List<(byte[] Name, ushort Flags, uint Offset, uint Crc, uint CompressedSize, uint Size)> written = new(16);

    /// <summary>An entry whose bytes are known already: copied if deflated before, deflated now if not.</summary>
    public void Add(string name, DocxZipData data)
    {
        if (data.Deflated is { } deflated)
        {
            var offset = StartEntry(name, out var nameBytes, out var flags);
            output.Write(deflated);
            EndEntry(nameBytes, flags, offset, data.Crc, data.Length);
        }
        else
        {
            Add(name, data.Bytes, data.Crc, CompressionLevel.Optimal);
        }
    }

    /// <summary>
    /// An entry that is usually the same in many letters (content types, relationships, letterhead): deflated once and
    /// copied after. Deflating a small entry costs about 10 µs, most of it setting up the deflater, so this is worth it.
    /// </summary>
    public void AddRepeated(string name, ReadOnlySpan<byte> bytes) => Add(name, DocxRepeatedEntries.Get(bytes));

    /// <summary>
    /// An entry of this letter only (word/document.xml, the relationships of its links), deflated straight into the zip
    /// from a buffer the caller reuses afterwards, at the Fastest level: for a 30-70 KB document.xml that is a third
    /// of a letter's DOCX time less (issue 15) for about 1.5 KB more zip. What the entry unzips to is the same.
    /// </summary>
    public void Add(string name, ReadOnlySpan<byte> bytes) => AddWithZlibCrc(name, bytes, LetterLevel);

    /// <summary>The central directory and its end record, then the whole zip.</summary>
    public byte[] ToArray()
    {
        Span<byte> header = stackalloc byte[46];
        var centralDirectory = output.Position;
        foreach (var (name, flags, offset, crc, compressedSize, size) in written)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header, CentralHeaderSignature);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], VersionMadeByUnix);
            SharedFields(header[6..32], flags, crc, compressedSize, size, name.Length);
            header[32..38].Clear(); // comment length, disk number, internal attributes
            BinaryPrimitives.WriteUInt32LittleEndian(header[38..], UnixRegularFile0644);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], offset);
            output.Write(header);
            output.Write(name);
        }

        var end = header[..22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndOfCentralDirectorySignature);
        BinaryPrimitives.WriteUInt32LittleEndian(end[4..], 0); // this disk, disk with the central directory
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)written.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)written.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(output.Position - centralDirectory));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)centralDirectory);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0); // comment length
        output.Write(end);
        var zip = output.ToArray();
        if (output.Capacity <= KeptCapacity)
        {
            idleOutput = output;
        }
        return zip;
    }

    private static MemoryStream TakeOutput()
    {
        var stream = idleOutput ?? new MemoryStream(64 * 1024);
        idleOutput = null;
        stream.SetLength(0);
        return stream;
    }

    private void Add(string name, ReadOnlySpan<byte> bytes, uint crc, CompressionLevel level)
    {
        var offset = StartEntry(name, out var nameBytes, out var flags);
        using (var deflate = new DeflateStream(output, level, leaveOpen: true))
        {
            deflate.Write(bytes);
        }
        EndEntry(nameBytes, flags, offset, crc, bytes.Length);
    }

    /// <summary>
    /// Deflates through a GZipStream: the same deflate data as a DeflateStream at that level, between a 10-byte header
    /// and a trailer with the CRC-32, which zlib computes while it reads the bytes (vectorised, nearly free) instead of
    /// us in a second pass (a tenth of a letter's DOCX time). The header is dropped and the trailer read and dropped.
    /// </summary>
    private void AddWithZlibCrc(string name, ReadOnlySpan<byte> bytes, CompressionLevel level)
    {
        var offset = StartEntry(name, out var nameBytes, out var flags);
        var start = (int)output.Position;
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        var end = (int)output.Position;
        var buffer = output.GetBuffer();
        // RFC 1952: ID1 ID2 CM FLG; zlib sets no flag, so no optional field follows the fixed 10 bytes.
        if (end - start < GzipHeaderLength + GzipTrailerLength || buffer[start] != 0x1F || buffer[start + 1] != 0x8B || buffer[start + 3] != 0)
        {
            throw new InvalidOperationException("zlib wrote a gzip header this zip writer does not know");
        }
        var deflatedLength = end - start - GzipHeaderLength - GzipTrailerLength;
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(end - GzipTrailerLength));
        Buffer.BlockCopy(buffer, start + GzipHeaderLength, buffer, start, deflatedLength);
        output.SetLength(start + deflatedLength);
        EndEntry(nameBytes, flags, offset, crc, bytes.Length);
    }

    private uint StartEntry(string name, out byte[] nameBytes, out ushort flags)
    {
        nameBytes = Encoding.UTF8.GetBytes(name);
        flags = Flags(name);
        var offset = (uint)output.Position;
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, LocalHeaderSignature);
        SharedFields(header[4..], flags, 0, 0, 0, nameBytes.Length);
        output.Write(header);
        output.Write(nameBytes);
        return offset;
    }

    /// <summary>CRC and sizes go back into the local header, as ZipArchive does on a seekable stream.</summary>
    private void EndEntry(byte[] name, ushort flags, uint offset, uint crc, int size)
    {
        var compressedSize = (uint)(output.Position - offset - 30 - name.Length);
        var header = output.GetBuffer().AsSpan((int)offset);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], compressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], (uint)size);
        written.Add((name, flags, offset, crc, compressedSize, (uint)size));
    }

    /// <summary>
    /// The 26 bytes the local header (from byte 4) and the central directory header (from byte 6) share: version needed,
    /// flags, method, time, CRC, sizes, name length and an empty extra field.
    /// </summary>
    private void SharedFields(Span<byte> fields, ushort flags, uint crc, uint compressedSize, uint size, int nameLength)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(fields, VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[2..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[4..], Deflate);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[6..], dosTime);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[10..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[14..], compressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[18..], size);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[22..], (ushort)nameLength);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[24..], 0);
    }

    /// <summary>ZipArchive marks a name UTF-8 only when it is not plain ASCII; ours always are.</summary>
    private static ushort Flags(string name) => Ascii.IsValid(name) ? (ushort)0 : Utf8NamesFlag;

    /// <summary>Zip stores local wall-clock time without a zone; keep the value as is and inside the DOS range.</summary>
    private static uint DosTime(DateTime timestamp)
    {
        var value = DateTime.SpecifyKind(timestamp, DateTimeKind.Unspecified);
        value = value < DosEpoch ? DosEpoch : value > DosEnd ? DosEnd : value;
        return (uint)(((value.Year - 1980) << 25) | (value.Month << 21) | (value.Day << 16) | (value.Hour << 11) | (value.Minute << 5) | (value.Second / 2));
    }
}

/// <summary>The bytes of one zip entry with their CRC-32 and, for a part shared by every letter, their deflated form.</summary>
internal sealed class DocxZipData
{
    private DocxZipData(byte[] bytes, byte[]? deflated)
    {
        Bytes = bytes;
        Deflated = deflated;
        Crc = Crc32.Compute(bytes);
    }

    public byte[] Bytes { get; }

    public byte[]? Deflated { get; }

    public uint Crc { get; }

    public int Length => Bytes.Length;

    /// <summary>Bytes deflated (at the Optimal level) only when the zip is written: a repeating entry too long to keep.</summary>
    public static DocxZipData Of(byte[] bytes) => new(bytes, null);

    /// <summary>Bytes deflated now, once, for a part that is cached and copied into many letters.</summary>
    public static DocxZipData Shared(byte[] bytes) => Deflate(bytes, CompressionLevel.Optimal);

    /// <summary>Bytes of this letter only that go into its zip more than once (the footer): deflated once, fast.</summary>
    public static DocxZipData ForThisLetter(byte[] bytes) => Deflate(bytes, DocxZip.LetterLevel);

    private static DocxZipData Deflate(byte[] bytes, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, level, leaveOpen: true))
        {
            deflate.Write(bytes);
        }
        return new DocxZipData(bytes, output.ToArray());
    }
}

/// <summary>CRC-32 (IEEE 802.3, the zip checksum), eight bytes per step.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        var table = Table.AsSpan();
        while (data.Length >= 8)
        {
            var low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ crc;
            var high = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = table[(7 * 256) + (int)(low & 0xFF)] ^ table[(6 * 256) + (int)((low >> 8) & 0xFF)]
                ^ table[(5 * 256) + (int)((low >> 16) & 0xFF)] ^ table[(4 * 256) + (int)(low >> 24)]
                ^ table[(3 * 256) + (int)(high & 0xFF)] ^ table[(2 * 256) + (int)((high >> 8) & 0xFF)]
                ^ table[256 + (int)((high >> 16) & 0xFF)] ^ table[(int)(high >> 24)];
            data = data[8..];
        }
        foreach (var b in data)
        {
            crc = table[(int)((crc ^ b) & 0xFF)] ^ (crc >> 8);
        }
        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[8 * 256];
        for (uint i = 0; i < 256; i++)
        {
            var crc = i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
            table[i] = crc;
        }
        for (var i = 256; i < table.Length; i++)
        {
            table[i] = (table[i - 256] >> 8) ^ table[table[i - 256] & 0xFF];
        }
        return table;
    }
}
