using Smi.Docs.Diagnostics;

namespace Smi.Docs.Composition;

/// <summary>A checked request: the document's definition, the language of each part with its notice, the file stem and the warnings so far.</summary>
internal sealed record DocumentPlan(DocumentRequest Request, DocumentDefinition Definition, IReadOnlyList<DocumentPart> Parts, string FileStem, IReadOnlyList<Diagnostic> Warnings);
