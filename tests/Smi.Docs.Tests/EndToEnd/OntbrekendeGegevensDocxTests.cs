using Smi.Docs.Docx;
using Smi.Docs.Tests.Docx;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class OntbrekendeGegevensDocxTests
{
    public static TheoryData<string, string> Cases => OntbrekendeGegevensCases.AllWithProfiles();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_matches_the_approved_snapshot(string profileId, string caseName)
    {
        var docx = new DocxRenderer().Render(OntbrekendeGegevensCases.Compose(profileId, caseName));

        Approvals.Verify(DocxDump.Dump(docx), $"ontbrekende-gegevens.{profileId}.{caseName}.docx", "txt");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_passes_the_open_xml_validator(string profileId, string caseName)
    {
        var docx = new DocxRenderer().Render(OntbrekendeGegevensCases.Compose(profileId, caseName));

        Assert.Empty(DocxValidation.Errors(docx));
    }
}
