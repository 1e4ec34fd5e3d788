using Smi.Docs.Cases;
using Smi.Docs.Formatting;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>
/// One document asked for: by the CLI from its options, by a batch per case, by the server per call. The pipeline
/// checks it once, as a whole, before any work is done (<see cref="DocumentComposer.Plan"/>).
/// </summary>
/// <param name="Case">The case; null only for a form printed blank or a profile-only document.</param>
public sealed record DocumentRequest(SmiCase? Case, MunicipalityProfile Profile, string DocumentId, DocumentLanguage Language)
{
    /// <summary>The formats to write; null for every format the pipeline has.</summary>
    public IReadOnlyList<string>? Formats { get; init; }

    /// <summary>The translation followed by the Dutch original in one file per format, named <c>&lt;doc&gt;.&lt;lang&gt;+nl.&lt;format&gt;</c>.</summary>
    public bool Bundle { get; init; }

    /// <summary>Send the Dutch document, with a notice in <see cref="Language"/>, when its translation is missing (not with <see cref="Bundle"/>).</summary>
    public bool FallbackToDutch { get; init; }
}
