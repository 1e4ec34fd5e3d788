using Smi.Docs.Docx;
using Smi.Docs.Tests.Docx;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class VerlengingDocxTests
{
    public static TheoryData<string, string> Cases => [.. TestPaths.VerlengingCases];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_matches_the_approved_snapshot(string caseName, string profileId)
    {
        var docx = new DocxRenderer().Render(Examples.Verlenging(caseName, profileId));

        Approvals.Verify(DocxDump.Dump(docx), $"verlenging.{caseName}.{profileId}.docx", "txt");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_passes_the_open_xml_validator(string caseName, string profileId)
    {
        var docx = new DocxRenderer().Render(Examples.Verlenging(caseName, profileId));

        Assert.Empty(DocxValidation.Errors(docx));
    }
}
