using Smi.Docs.Docx;
using Smi.Docs.Tests.Docx;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class AanvraagformulierDocxTests
{
    public static TheoryData<string> Forms => FormExample.Names;

    [Theory]
    [MemberData(nameof(Forms))]
    public void Docx_matches_the_approved_snapshot(string name)
    {
        var docx = new DocxRenderer().Render(Examples.Form(FormExample.Named(name)));

        Approvals.Verify(DocxDump.Dump(docx), $"formulier.{name}.docx", "txt");
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Docx_passes_the_open_xml_validator(string name)
    {
        var docx = new DocxRenderer().Render(Examples.Form(FormExample.Named(name)));

        Assert.Empty(DocxValidation.Errors(docx));
    }

    [Fact]
    public void Same_input_gives_the_same_docx_bytes()
    {
        var renderer = new DocxRenderer();
        var example = FormExample.All[1];
        Assert.Equal(renderer.Render(Examples.Form(example)), renderer.Render(Examples.Form(example)));
    }
}
