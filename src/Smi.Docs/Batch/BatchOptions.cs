using Smi.Docs.Policy;
using Smi.Docs.Rendering;

namespace Smi.Docs.Batch;

/// <summary>What one batch run makes and where.</summary>
/// <param name="Input">A folder of <c>*.json</c> case files or a JSON Lines file.</param>
/// <param name="Output">The batch's folder: a sub-folder per item, the report and the index.</param>
/// <param name="Document">The document of every plain case; an envelope may name its own. Null: every item must be an envelope.</param>
/// <param name="Language">The language of every plain case (and of an envelope that names none).</param>
/// <param name="Formats">The formats of every item.</param>
/// <param name="Version">What else the output depends on besides the item: the profile's and the templates' bytes, hashed
/// by the caller (<see cref="BatchVersion"/>); part of each item's key, so a changed profile or template renders again.</param>
public sealed record BatchOptions(
    string Input,
    string Output,
    MunicipalityProfile Profile,
    string? Document,
    string Language,
    IReadOnlyList<string> Formats,
    string Version)
{
    /// <summary>How many items are made at the same time; HTML and DOCX use a core each, PDF waits for a browser page.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The page count of an output file, when its format has pages (the PDF); the index lists it.</summary>
    public Func<RenderedFile, int?> Pages { get; init; } = _ => null;
}

/// <summary>Counts so far, for a progress display. <see cref="Total"/> is every item of the input.</summary>
public sealed record BatchProgress(int Total, int Rendered, int Skipped, int Failed, TimeSpan Elapsed)
{
    public int Done => Rendered + Skipped + Failed;
}
