using Smi.Docs.Diagnostics;

namespace Smi.Docs.PlainLanguage;

/// <summary>One plain-language rule over the sentences of one template. Rules hold no state between calls.</summary>
internal interface IProseRule
{
    void Check(IReadOnlyList<ProseSentence> sentences, string fileName, ICollection<Diagnostic> diagnostics);
}
