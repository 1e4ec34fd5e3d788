using System.Text;
using Smi.Docs.Pdf;

namespace Smi.Docs.Tests.Pdf;

public sealed class StructureIdNormalizerTests
{
    [Fact]
    public void Renumbers_ids_in_order_and_keeps_references_and_length()
    {
        const string before = "/ID (node00000099)>>/ID (node00000100)>>/Headers [(node00000099)]"
            + "/Limits [(node00000099) (node00000100)]/Names [(node00000099) 30 0 R (node00000100) 32 0 R]";
        const string after = "/ID (node00000001)>>/ID (node00000002)>>/Headers [(node00000001)]"
            + "/Limits [(node00000001) (node00000002)]/Names [(node00000001) 30 0 R (node00000002) 32 0 R]";

        var normalized = StructureIdNormalizer.Normalize(Encoding.ASCII.GetBytes(before));

        Assert.Equal(after, Encoding.ASCII.GetString(normalized));
    }

    [Fact]
    public void Leaves_binary_bytes_untouched()
    {
        byte[] pdf = [0x00, 0xFF, 0x80, .. "(node0000000a)"u8, 0xC3, 0x28];

        var normalized = StructureIdNormalizer.Normalize(pdf);

        Assert.Equal([0x00, 0xFF, 0x80, .. "(node00000001)"u8, 0xC3, 0x28], normalized);
    }
}
