using Markdig.Syntax;

namespace Smi.Docs.Documents;

/// <summary>
/// What every renderer gets: metadata, the letter frame and the body as a Markdig syntax tree parsed
/// with <see cref="SmiMarkdown.Pipeline"/>. Renderers never see case data or templates.
/// </summary>
public sealed record LetterDocument(DocumentInfo Info, LetterFrame Frame, MarkdownDocument Body);
