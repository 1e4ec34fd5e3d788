using Markdig.Syntax;
using Smi.Docs.Documents;

namespace Smi.Docs.Docx.Markdown.Inlines;

/// <summary>
/// An isolate as Word knows it: U+2068 … U+2069 around the text (Word has no isolate element; w:rtl only orders a run).
/// The marks join the runs of the text beside them (<see cref="DocxMarkdownRenderer.AppendSourceText"/>).
/// </summary>
internal sealed class DocxDirectionIsolateRenderer : DocxObjectRenderer<DirectionIsolate>
{
    protected override void Write(DocxMarkdownRenderer renderer, DirectionIsolate obj)
    {
        renderer.AppendSourceText(DirectionIsolate.Open.ToString(), new SourceSpan(obj.Span.Start, obj.Span.Start), isMark: true);
        renderer.WriteChildren(obj);
        renderer.AppendSourceText(DirectionIsolate.Close.ToString(), new SourceSpan(obj.Span.End, obj.Span.End), isMark: true);
    }
}
