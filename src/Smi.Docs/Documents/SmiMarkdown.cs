using Markdig;

namespace Smi.Docs.Documents;

/// <summary>
/// The one Markdown dialect of our templates: CommonMark with pipe tables, custom containers
/// (<c>::: ondertekening</c>) and the direction isolates the template runtime writes (<see cref="DirectionIsolate"/>).
/// Raw HTML is off so neither template authors nor case data can smuggle markup into any output format.
/// </summary>
public static class SmiMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .DisableHtml()
        .Use<DirectionIsolateExtension>()
        .Build();
}
