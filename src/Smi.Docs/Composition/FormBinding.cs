using Smi.Docs.Forms;

namespace Smi.Docs.Composition;

/// <summary>Makes a document a form: it prints definition <see cref="FormId"/> in <see cref="Variant"/>.</summary>
public sealed record FormBinding(string FormId, FormVariant Variant);
