using Smi.Docs.Diagnostics;
using Smi.Docs.Templating;

namespace Smi.Docs.PlainLanguage;

/// <summary>
/// Template text → the sentences a reader meets, each word with its line and column in the file.
/// Front matter and template code are blanked by the parsed template's spans (<see cref="TemplateMask"/>), then Markdown markup.
/// </summary>
internal static class ProseExtractor
{
    public static IReadOnlyList<ProseSentence> Extract(string text, string fileName)
    {
        var source = TemplateSource.Parse(text, fileName);
        var body = TemplateMask.Body(source);
        var masked = TemplateMask.Mask(source);
        var segments = MarkdownSegmenter.Segment(body, masked);
        return SentenceSplitter.Split(new string(masked), segments, new LineIndex(body));
    }
}
