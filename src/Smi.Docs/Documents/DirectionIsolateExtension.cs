using Markdig;
using Markdig.Renderers;

namespace Smi.Docs.Documents;

/// <summary>
/// Adds <see cref="DirectionIsolate"/> to the Markdown dialect. It brings no renderer: each format registers its own
/// isolate renderer with the rest of its node renderers.
/// </summary>
internal sealed class DirectionIsolateExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.InlineParsers.AddIfNotAlready<DirectionIsolateParser>();
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
