using Smi.Docs.Pipeline;

namespace Smi.Docs.Docx;

public static class DocxPipelineExtensions
{
    /// <summary>Adds the DOCX renderer (Open XML SDK) to the pipeline.</summary>
    public static DocumentPipelineBuilder UseDocx(this DocumentPipelineBuilder builder) =>
        builder.UseRenderer(new DocxDocumentRenderer());
}
