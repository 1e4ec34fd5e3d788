using Smi.Docs.Docx;
using Smi.Docs.Tests.Docx;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>The publiekstekst as a leaflet in Word: letterhead, no address window, no salutation, no signature.</summary>
public sealed class PubliekstekstDocxTests
{
    public static TheoryData<string> Profiles => [.. TestPaths.Profiles];

    [Fact]
    public void Docx_matches_the_approved_snapshot()
    {
        var docx = new DocxRenderer().Render(Examples.Publiekstekst("voorbeeldstad"));

        Approvals.Verify(DocxDump.Dump(docx), "publiekstekst.voorbeeldstad.docx", "txt");
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Docx_passes_the_open_xml_validator(string profile)
    {
        var docx = new DocxRenderer().Render(Examples.Publiekstekst(profile));

        Assert.Empty(DocxValidation.Errors(docx));
    }

    [Fact]
    public void Same_profile_gives_the_same_docx_bytes()
    {
        var renderer = new DocxRenderer();
        Assert.Equal(renderer.Render(Examples.Publiekstekst("beemster")), renderer.Render(Examples.Publiekstekst("beemster")));
    }
}
