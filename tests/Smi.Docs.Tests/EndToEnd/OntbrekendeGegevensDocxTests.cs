using Smi.Docs.Cases;
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

    [Fact]
    public void Hostile_toelichting_stays_literal_text_in_docx()
    {
        var renderer = new DocxRenderer();
        foreach (var (value, shown) in InjectionCases.Strings)
        {
            var zaak = CaseReader.Read(OntbrekendeGegevensCases.WithItems(("identiteit", value)), "o.json");

            var docx = renderer.Render(Examples.Composer.Compose(zaak, Examples.Voorbeeldstad, OntbrekendeGegevensCases.DocumentId, "nl"));

            Assert.Empty(DocxValidation.Errors(docx));
            // The dump marks bold as **…** and so escapes literal asterisks.
            Assert.Contains(shown, DocxDump.Dump(docx).Replace('\u00A0', ' ').Replace("\\*", "*"), StringComparison.Ordinal);
        }
    }
}
