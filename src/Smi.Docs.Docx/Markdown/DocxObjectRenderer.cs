using Markdig.Renderers;
using Markdig.Syntax;

namespace Smi.Docs.Docx.Markdown;

/// <summary>Base of every DOCX node renderer, so each one is typed on our renderer like Markdig's HtmlObjectRenderer.</summary>
internal abstract class DocxObjectRenderer<TObject> : MarkdownObjectRenderer<DocxMarkdownRenderer, TObject>
    where TObject : MarkdownObject;
