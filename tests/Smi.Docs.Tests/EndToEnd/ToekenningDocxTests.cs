using Smi.Docs.Docx;
using Smi.Docs.Tests.Docx;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class ToekenningDocxTests
{
    public static TheoryData<string> Cases => [.. TestPaths.ToekenningCases];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_matches_the_approved_snapshot(string caseName)
    {
        var docx = new DocxRenderer().Render(Examples.Toekenning(caseName));

        Approvals.Verify(DocxDump.Dump(docx), $"toekenning.{caseName}.docx", "txt");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_passes_the_open_xml_validator(string caseName)
    {
        var docx = new DocxRenderer().Render(Examples.Toekenning(caseName));

        Assert.Empty(DocxValidation.Errors(docx));
    }

    [Fact]
    public void Same_input_gives_the_same_docx_bytes()
    {
        var renderer = new DocxRenderer();
        Assert.Equal(
            renderer.Render(Examples.Toekenning(TestPaths.ToekenningCases[0])),
            renderer.Render(Examples.Toekenning(TestPaths.ToekenningCases[0])));
    }
}
