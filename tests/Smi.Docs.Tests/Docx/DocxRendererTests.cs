using Smi.Docs.Docx;

namespace Smi.Docs.Tests.Docx;

public sealed class DocxRendererTests
{
    private static readonly DocxRenderer Renderer = new();

    [Fact]
    public void Rich_letter_passes_the_OpenXml_validator()
    {
        var docx = Renderer.Render(DocxSamples.Rich());
        File.WriteAllText("/tmp/docx-dump.txt", DocxDump.Dump(docx));
        File.WriteAllBytes("/tmp/rich.docx", docx);
        File.WriteAllLines("/tmp/docx-errors.txt", DocxValidation.Errors(docx));
        Assert.Empty(DocxValidation.Errors(docx));
    }
}
