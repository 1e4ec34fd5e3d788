using System.Text;
using Smi.Docs.Docx;
using Smi.Docs.Docx.Package;

namespace Smi.Docs.Tests.Docx;

/// <summary>The zip checksum our own zip writer computes, against the published check values of CRC-32 (IEEE).</summary>
public sealed class DocxCrc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("a", 0xE8B7BE43u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void Crc_matches_the_standard_check_values(string text, uint expected) =>
        Assert.Equal(expected, Crc32.Compute(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void Every_entry_of_a_letter_reads_back_with_a_valid_checksum()
    {
        // ZipArchive compares the CRC-32 in the header with the data when an entry is read to the end.
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(new DocxRenderer().Render(DocxSamples.Rich())));
        Assert.All(zip.Entries, entry =>
        {
            using var stream = entry.Open();
            stream.CopyTo(Stream.Null);
        });
    }
}
