using Smi.Docs.Diagnostics;
using Smi.Docs.Templating;

namespace Smi.Docs.PlainLanguage;

/// <summary>
/// Template text → the sentences a reader meets, each word with its line and column in the file.
/// Front matter is blanked (<see cref="TemplateFile"/>), then Handlebars tags, then Markdown markup.
/// </summary>
internal static class ProseExtractor
{
    public static IReadOnlyList<ProseSentence> Extract(string text, string fileName)
    {
        var body = TemplateFile.Parse(text, fileName).Body;
        var masked = HandlebarsMask.Mask(body);
        var segments = MarkdownSegmenter.Segment(body, masked);
        return SentenceSplitter.Split(new string(masked), segments, new LineIndex(body));
    }
}
