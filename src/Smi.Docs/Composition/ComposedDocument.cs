using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;

namespace Smi.Docs.Composition;

/// <summary>
/// The front half's result: the parts to print as one file (a translation and its Dutch original in a bundle, else
/// one), the name of that file without its format, and the warnings found on the way (a fallback to Dutch, the
/// case's own berekening differing from ours).
/// </summary>
public sealed record ComposedDocument(string FileStem, IReadOnlyList<LetterDocument> Parts, IReadOnlyList<Diagnostic> Warnings);
